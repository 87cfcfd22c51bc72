/**
 * English of the remaining usage errors (one line, exit 2) and of the command line's progress and
 * activation-request notes: DNS server and encoding values, readiness inputs, the stored CMID, the
 * product table, the snapshot collector and the lab's responder. Paths, flags, commands and the
 * system's own error text come in as arguments.
 */
export const USAGE_ERROR = {
  'usage-error.dns-server.not-ip': '{flag} "{value}" is not an IP address (optionally with :port)',
  'usage-error.encoding.unknown': '{flag}: "{value}" is not an encoding this tool reads ({names})',
  'usage-error.encoding.reason.bom': 'byte-order mark',
  'usage-error.encoding.reason.forced': '{flag}',
  'usage-error.encoding.reason.utf16': 'NUL bytes in every other position',
  'usage-error.encoding.reason.utf8': 'valid UTF-8',
  'usage-error.encoding.reason.code-page': 'slmgr.ini language',
  'usage-error.encoding.reason.analysis': 'byte analysis ({name}, confidence {confidence})',
  'usage-error.encoding.reason.western': 'byte analysis (single-byte Western text)',
  'usage-error.readiness.host-not-kms': '{flag} "{path}" is not a KMS host\'s snapshot ({value} is not set)',
  'usage-error.readiness.dlv-not-kms': '{flag} "{path}" is slmgr /dlv text of a machine that is not a KMS host',
  'usage-error.readiness.host-unrecognized': '{flag} "{path}" is neither a snapshot nor slmgr /dlv text',
  'usage-error.readiness.log-not-events': '{flag} "{path}" is not an event export (wevtutil XML, Get-WinEvent JSON or CSV)',
  'usage-error.readiness.log-no-12290': '{flag} "{path}" holds no event 12290 (the KMS host\'s Key Management Service log)',
  'usage-error.readiness.suffix-in': 'a DNS suffix in client snapshot "{path}"',
  'usage-error.cmid.cannot-read': 'cannot read the stored CMID {path}: {detail}',
  'usage-error.cmid.not-uuid': '{path} does not hold a UUID ("{start}"); fix or delete it (a new CMID counts as a new machine on the KMS host)',
  'usage-error.cmid.cannot-store': 'cannot store it in {path}: {detail}',
  'usage-error.product.no-such-id': 'no product in the table has SKU id or KMS counted id {id}',
  'usage-error.product.unknown': 'unknown product "{product}"',
  'usage-error.product.unknown-suggest': 'unknown product "{product}" (did you mean: {suggestions}?)',
  'usage-error.collect.script-missing': 'the collector script is missing: {path}',
  'usage-error.collect.did-not-run': 'the collector did not run ({shell}): {detail}',
  'usage-error.collect.failed': 'the collector failed ({shell}, exit code {exitCode}): {detail}',
  'usage-error.collect.no-snapshot': 'the collector exited without writing a snapshot ({shell}): {detail}',
  'usage-error.collect.exit-code': 'exit code {exitCode}',
  'usage-error.collect.not-json': 'the collector wrote something that is not JSON: {detail}',
  'usage-error.collect.not-snapshot': 'the collector wrote JSON that is not a kms-doctor snapshot (no {field})',
  'usage-error.collect.schema-version': 'the collector wrote snapshot schemaVersion {got}; this kmsdoctor reads {expected}',
  'usage-error.responder.host-empty': '{flag} is empty',
  'usage-error.responder.port': '{flag} "{value}" is not 0-65535',
  'usage-error.responder.mode': '{flag} "{value}" is not one of {modes}',
  'usage-error.responder.cannot-listen': 'cannot listen on {endpoint}: {detail}',
  'usage-error.activation.none-ready': 'No activation request was sent: no target was ready (no address accepted the KMS RPC bind).',
  'usage-error.activation.first-ready':
    'first ready target: #{position} of {count} in the order a client would try them{ranked, select, true { (rank {rank} in one client-like draw)} other {}}, address {address}',
  'usage-error.activation.sent': 'One activation request was sent to {target} ({address}), the {reason}.',
  'usage-error.note.other-computers': '{events} of other computers ignored: {hosts}',
  'usage-error.progress.probing': 'Probing…',
  'usage-error.progress.probed': 'Probing… {count} done (last: {id})',
  'usage-error.progress.activation': 'Sending the one activation request…',
} as const satisfies Record<string, string>;
