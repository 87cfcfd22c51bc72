/** English text of the tcp/* findings: titles, summaries, messages, remedies and evidence lines. */
export const TCP = {
  'tcp/kms-port-filtered.title': 'KMS port filtered',
  'tcp/kms-port-filtered.summary': 'Nothing answered the TCP handshake on the activation port: a firewall drops it (0xC004F074 / 0x8007274C on clients).',
  'tcp/kms-port-filtered.message': '{host} at {address}: no answer to the TCP handshake within {waitedMs} ms — a firewall drops port {port}',
  'tcp/kms-port-filtered.remedy.builtin-rule': 'On the KMS host, enable the built-in rule (it ships disabled): {command}',
  'tcp/kms-port-filtered.remedy.own-port-rule': 'The host listens on {port}, which the built-in rule does not cover: {command}',
  'tcp/kms-port-filtered.remedy.path': 'Check network firewalls and VPN routing between client and host, then test from the client: {command}',
  'tcp/kms-port-closed.title': 'KMS port closed',
  'tcp/kms-port-closed.summary': 'The host refused the connection on the activation port: no KMS service listens there.',
  'tcp/kms-port-closed.message': '{host} at {address} refused the connection: nothing listens on port {port}',
  'tcp/kms-port-closed.remedy.service': 'On the host, check that the Software Protection service runs: {command}',
  'tcp/kms-port-closed.remedy.is-kms-host': 'Check that it is a KMS host and which port it listens on: {command} ("Key Management Service is enabled", "Listening on Port")',
  'tcp/kms-port-closed.remedy.retire': 'If it is no longer a KMS host, remove its _vlmcs._tcp record{domain, select, null {} other { from {domain}}} and run {command} on clients',
  'tcp/host-unreachable.title': 'KMS host unreachable',
  'tcp/host-unreachable.summary': 'The network reports the host unreachable (no route, or an ICMP unreachable).',
  // {reason}: the network's own account of the failure (or the probe status).
  'tcp/host-unreachable.message': '{host} at {address} is unreachable: {reason}',
  'tcp/host-unreachable.remedy.route': 'Check the route from the client: {command}',
  'tcp/host-unreachable.remedy.vpn': 'On VPN clients with forced tunnelling, make sure KMS traffic goes where the host is',
  'tcp/host-unreachable.remedy.old-address': 'If the address is old, re-register the host ({registerCommand} on the host) and clear client caches ({clearCommand})',
  'tcp/management-port-blocked.title': 'Management port (135) not reachable',
  'tcp/management-port-blocked.summary': 'TCP 135 is closed or filtered: remote slmgr, VAMT and WMI management will fail. Activation does not use it.',
  // {hosts}: each host as "name (address: closed|filtered)".
  'tcp/management-port-blocked.message':
    'TCP {port} is not reachable on {hosts}; remote slmgr, VAMT and WMI cannot manage {count, plural, one {this host} other {these hosts}} from here. Activation does not need port {port}',
  'tcp/management-port-blocked.remedy.enable': 'Only if you manage KMS hosts remotely: {command} (on each host)',
} as const satisfies Record<string, string>;
