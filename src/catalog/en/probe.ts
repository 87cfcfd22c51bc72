/** English text of the one-line descriptions of probe outcomes (evidence lines and the human report's probe list). */
export const PROBE = {
  // Status, rcode, transport, state and verdict are protocol codes (NXDOMAIN, udp, filtered, kms): shown as they are.
  // {records}: how many SRV records came back (null when the query failed); {alias}: chain (the name is a CNAME
  // leading to {aliasChain}), self (a CNAME to itself) or none; {cause}, {ignored}: the probe's own words, or null.
  'probe.dns.srv':
    'SRV {queryName} asked {server}: {status}' +
    '{rcode, select, null {} other { {rcode}{authoritative, select, true { (authoritative)} other {}}}}' +
    '{records, select, null {} other {, {records, plural, one {# record} other {# records}}}}' +
    '{declined, select, true { and target "." (not offered here)} other {}}' +
    '{alias, select, chain { via CNAME {aliasChain}{aliasLoop, select, true { (loop)} other {}}} self { via a CNAME to itself (loop)} other {}}' +
    ' over {transport} in {duration} ms' +
    '{cause, select, null {} other {: {cause}}}' +
    '{ignored, select, null {} other {; ignored {ignored}}}',
  'probe.dns.address':
    '{host} resolved by {server}: {resolved, select, true {{addresses}} other {{status}}}{aliasChain, select, null {} other { via CNAME {aliasChain}}}{cause, select, null {} other {: {cause}}}',
  'probe.tcp.port':
    'TCP {endpoint} ({role, select, activation {activation} management {management} custom {custom} other {port}}) {state} in {duration} ms{cause, select, null {} other {: {cause}}}',
  // Phrases of their own (ignored answer records), kept apart without a list's commas.
  'probe.phrases': '{item}; {rest}',
  'probe.rpc.bind': 'RPC bind to the KMS interface at {endpoint}: {verdict} in {duration} ms{cause, select, null {} other {: {cause}}}',
  'probe.kms.activation': 'KMS activation probe at {endpoint}: {status} in {duration} ms{cause, select, null {} other {: {cause}}}',
} as const satisfies Record<string, string>;
