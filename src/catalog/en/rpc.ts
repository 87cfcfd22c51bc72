/** English text of the rpc/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RPC = {
  'rpc/not-kms-endpoint.title': "Listener is not a KMS endpoint",
  'rpc/not-kms-endpoint.summary': "Something listens on the activation port, but it does not accept the KMS RPC interface.",
  'rpc/no-reply.title': "No RPC reply on the KMS port",
  'rpc/no-reply.summary': "The port accepts connections but the service closed or stayed silent when asked for the KMS interface.",
  'rpc/accepts-any-interface.title': "Endpoint accepts any RPC interface",
  'rpc/accepts-any-interface.summary': "The endpoint also accepted a random interface; genuine Windows hosts refuse it. Often a KMS emulator.",
  'rpc/protocol-anomaly.title': "Unusual DCE/RPC reply",
  'rpc/protocol-anomaly.summary': "The KMS endpoint answered with details a Microsoft RPC stack does not produce.",
  'rpc/reply-incomplete.title': "The RPC reply did not complete in time",
  'rpc/reply-incomplete.summary': "The KMS port began answering the bind but was still sending when the budget ran out: a slow or stalled path or service, not a verdict on what listens.",
} as const satisfies Record<string, string>;
