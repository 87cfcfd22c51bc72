/** English text of the srv/* findings: titles, summaries, messages, remedies and evidence lines. */
export const SRV = {
  'srv/target-unresolvable.title': 'SRV target does not resolve',
  'srv/target-unresolvable.summary': 'An SRV record names a host that has no A or AAAA record — typically a decommissioned (stale) KMS host.',
  // {status}: how the address lookup failed (a probe status code, e.g. dns-nxdomain).
  'srv/target-unresolvable.message.listed': '{host} (listed in _vlmcs._tcp.{domain}) does not resolve: {status} — usually a stale record left by a decommissioned KMS host',
  'srv/target-unresolvable.message.given':
    '{host} ({role, select, pinned {the host the client is pinned to} cached {the host the client cached} other {given as the KMS host}}) does not resolve: {status}',
  'srv/target-unresolvable.remedy.delete-record': 'If the host is gone, delete its record: {command}',
  'srv/target-unresolvable.remedy.register': 'If the host exists, register its address: {command} (on the host)',
  'srv/target-unresolvable.remedy.clear-clients': 'Then clear cached host names on clients: {command}',
  'srv/target-unresolvable.remedy.check-name': 'Check the name: {command}',
  'srv/target-unresolvable.remedy.repoint': 'Point the client at a host that exists: {pinCommand}, or return to auto-discovery: {clearCommand}',
  'srv/target-is-cname.title': 'SRV target is an alias (CNAME)',
  'srv/target-is-cname.summary': 'RFC 2782 forbids an SRV target that is an alias; some clients will not follow it.',
  'srv/target-is-cname.message': "SRV target {host} is an alias for {canonical}; RFC 2782 requires the target to be a host's own name",
  'srv/target-is-cname.remedy.repoint': 'Point the record at the canonical name: {command}',
  'srv/target-is-cname.remedy.remove-old': 'Then remove the record that names the alias {alias}',
  'srv/nonstandard-port.title': 'KMS listens on a non-default port',
  'srv/nonstandard-port.summary': 'The SRV record announces a port other than 1688; firewalls must allow that port instead.',
  'srv/nonstandard-port.message': '{host} uses port {port} instead of {defaultPort}; firewalls between clients and the host must allow TCP {port}',
  'srv/nonstandard-port.evidence': '{source, select, srv {SRV record in _vlmcs._tcp.{domain}} other {given host}}: {host}',
  'srv/nonstandard-port.remedy.confirm': 'Confirm on the host: {command} (look for "Listening on Port")',
  'srv/nonstandard-port.remedy.default': 'To return to the default: {command} (on the host)',
} as const satisfies Record<string, string>;
