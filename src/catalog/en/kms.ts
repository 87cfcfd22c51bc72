/** English text of the kms/* findings: titles, summaries, messages, remedies and evidence lines. */
export const KMS = {
  'kms/no-usable-host.title': "No KMS host can be used",
  'kms/no-usable-host.summary': "None of the hosts a client would try accepts a KMS connection, so activation fails with 0xC004F074.",
  'kms/unusable-hosts-listed.title': "Some listed KMS hosts cannot be used",
  'kms/unusable-hosts-listed.summary': "DNS lists hosts that do not work next to ones that do; clients that pick them first lose time or fail.",
} as const satisfies Record<string, string>;
