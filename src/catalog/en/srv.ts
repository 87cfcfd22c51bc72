/** English text of the srv/* findings: titles, summaries, messages, remedies and evidence lines. */
export const SRV = {
  'srv/target-unresolvable.title': "SRV target does not resolve",
  'srv/target-unresolvable.summary': "An SRV record names a host that has no A or AAAA record — typically a decommissioned (stale) KMS host.",
  'srv/target-is-cname.title': "SRV target is an alias (CNAME)",
  'srv/target-is-cname.summary': "RFC 2782 forbids an SRV target that is an alias; some clients will not follow it.",
  'srv/nonstandard-port.title': "KMS listens on a non-default port",
  'srv/nonstandard-port.summary': "The SRV record announces a port other than 1688; firewalls must allow that port instead.",
  'srv/nonstandard-port.message': '{host} uses port {port} instead of {defaultPort}; firewalls between clients and the host must allow TCP {port}',
  'srv/nonstandard-port.evidence': '{source, select, srv {SRV record in _vlmcs._tcp.{domain}} other {given host}}: {host}',
  'srv/nonstandard-port.remedy.confirm': 'Confirm on the host: {command} (look for "Listening on Port")',
  'srv/nonstandard-port.remedy.default': 'To return to the default: {command} (on the host)',
} as const satisfies Record<string, string>;
