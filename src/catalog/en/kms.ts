/** English text of the kms/* findings: titles, summaries, messages, remedies and evidence lines. */
export const KMS = {
  'kms/no-usable-host.title': 'No KMS host can be used',
  'kms/no-usable-host.summary': 'None of the hosts a client would try accepts a KMS connection, so activation fails with 0xC004F074.',
  // {hosts}: each host as "name:port: verdict" (a verdict code such as port-filtered).
  'kms/no-usable-host.message':
    '{count, plural, one {The one KMS host a client would try cannot be used} other {None of the {count} KMS hosts a client would try can be used}} ({hosts}); activation will fail with {code}',
  'kms/no-usable-host.remedy.fix-one': 'Fix the findings above for at least one host, then activate: {command}',
  'kms/no-usable-host.remedy.confirm': 'Afterwards, confirm on the client: {command}',
  'kms/unusable-hosts-listed.title': 'Some listed KMS hosts cannot be used',
  'kms/unusable-hosts-listed.summary': 'DNS lists hosts that do not work next to ones that do; clients that pick them first lose time or fail.',
  'kms/unusable-hosts-listed.message':
    '{broken} of {listed} listed KMS hosts cannot be used ({brokenHosts}); clients that try them first wait and retry before reaching {usableHosts}',
  'kms/unusable-hosts-listed.remedy.remove-or-repair': 'Remove the records of hosts that are gone, or repair them (see the findings for each host)',
  'kms/unusable-hosts-listed.remedy.clear-clients': 'Then clear cached hosts on clients that used them: {command}',
  // Evidence of both kms/* findings: a host and its verdict code.
  'evidence.target-verdict': '{host}: {verdict}',
} as const satisfies Record<string, string>;
