/** English text of the rpc/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RPC = {
  'rpc/not-kms-endpoint.title': 'Listener is not a KMS endpoint',
  'rpc/not-kms-endpoint.summary': 'Something listens on the activation port, but it does not accept the KMS RPC interface.',
  // {verdict}: the bind-reply verdict code (e.g. interface-not-supported); {detail}: the probe's account of it.
  'rpc/not-kms-endpoint.message.not-rpc': '{host} at {address} is open, but the service there does not speak DCE/RPC',
  'rpc/not-kms-endpoint.message.invalid':
    '{host} at {address} is open, but its reply does not answer the KMS bind ({verdict, select, null {invalid} other {{verdict}}}: {detail, select, null {no detail} other {{detail}}})',
  'rpc/not-kms-endpoint.message.rejected': '{host} at {address} is open, but a DCE/RPC server refused the KMS interface ({verdict, select, null {rejected} other {{verdict}}})',
  'rpc/not-kms-endpoint.remedy.owner': 'On that machine, find what owns the port: {command}',
  'rpc/not-kms-endpoint.remedy.record-or-port':
    'If the record points at the wrong machine, correct it{domain, select, null {} other { in {domain}}}; if the KMS host moved ports, follow it: {command} on the host',
  'rpc/no-reply.title': 'No RPC reply on the KMS port',
  'rpc/no-reply.summary': 'The port accepts connections but the service closed or stayed silent when asked for the KMS interface.',
  'rpc/no-reply.message':
    '{host} at {address} accepted the connection but {silence, select, closed {closed the connection} reset {reset the connection} other {stayed silent}} when asked for the KMS interface',
  'rpc/no-reply.remedy.restart': 'Restart the Software Protection service on the host and retry: {command}',
  'rpc/no-reply.remedy.middlebox': 'Look for a proxy, IPS or load balancer on the path that accepts connections for the host',
  'rpc/accepts-any-interface.title': 'Endpoint accepts any RPC interface',
  'rpc/accepts-any-interface.summary': 'The endpoint also accepted a random interface; genuine Windows hosts refuse it. Often a KMS emulator.',
  'rpc/accepts-any-interface.message': '{host} at {address} also accepted a bind to a random RPC interface; Windows KMS hosts refuse unknown interfaces',
  'rpc/accepts-any-interface.remedy.inventory': 'Make sure this is the KMS host you deployed: compare its name and address with your inventory, and check {command} on it',
  'rpc/protocol-anomaly.title': 'Unusual DCE/RPC reply',
  'rpc/protocol-anomaly.summary': 'The KMS endpoint answered with details a Microsoft RPC stack does not produce.',
  // {anomalies}: the RPC decoder's observations, separated by semicolons.
  'rpc/protocol-anomaly.message': '{host} at {address} answered the RPC bind with: {anomalies}',
  'rpc/protocol-anomaly.remedy.listener': 'Check what software serves this port (it does not behave like the Windows RPC runtime): {command}',
  'rpc/reply-incomplete.title': 'The RPC reply did not complete in time',
  'rpc/reply-incomplete.summary':
    'The KMS port began answering the bind but was still sending when the budget ran out: a slow or stalled path or service, not a verdict on what listens.',
  'rpc/reply-incomplete.message': '{host} at {address} began answering the KMS bind but had sent only {bytes} bytes when the {budgetMs} ms budget ran out',
  'rpc/reply-incomplete.remedy.longer-budget': 'Retry with a longer budget to tell a slow path from a stalled service: {command}',
  'rpc/reply-incomplete.remedy.middlebox': 'Look for a proxy, IPS or WAN optimiser between here and the host that holds or trickles TCP data',
} as const satisfies Record<string, string>;
