/** English text of the activation/* findings: titles, summaries, messages, remedies and evidence lines. */
export const ACTIVATION = {
  'activation/host-key-does-not-cover-product.title': 'The host key does not cover this product',
  'activation/host-key-does-not-cover-product.summary': 'The KMS host answered the activation request with 0xC004F042: its host key (CSVLK) cannot activate this product.',
  'activation/host-key-does-not-cover-product.message':
    '{endpoint} answered a {protocol} request for {product} (KMS counted id {kmsCountedId}) with {code}: its host key (CSVLK) cannot activate this product, so clients of {product} get {code} from this host',
  'activation/host-key-does-not-cover-product.remedy.see-key': 'On the host, see which host key it runs: {command} (the "Description" and "Key Management Service" lines)',
  'activation/host-key-does-not-cover-product.remedy.install-key':
    'Install a host key that covers {product} — a host key activates its own generation and older ones — and activate it: {installCommand}, then {activateCommand}',
  'activation/host-key-does-not-cover-product.remedy.host-update': 'Older hosts also need the update that lets them serve newer clients ({command} lists them)',
  'activation/host-key-does-not-cover-product.remedy.office-key': 'Office needs its own host key and Volume License Pack on the host; a Windows CSVLK never activates Office',
  'activation/clock-skew.title': 'The KMS host rejected the request time',
  'activation/clock-skew.summary': "The KMS host answered 0xC004F06C: the request's timestamp differs from the host's clock by more than it accepts (4 hours).",
  'activation/clock-skew.message':
    "{endpoint} answered a {protocol} request for {product} (KMS counted id {kmsCountedId}) with {code}: the request carried this machine's time ({timestamp} UTC) and the host's clock differs from it by more than it accepts (4 hours)",
  'activation/clock-skew.evidence.timestamp': 'request timestamp {timestamp} (FILETIME {filetime})',
  'activation/clock-skew.remedy.compare': 'Compare the clocks: {command} (run it on this machine; the offset is host minus here)',
  'activation/clock-skew.remedy.fix': 'Fix whichever clock is wrong: {command} on the machine that is off; domain members follow the domain time hierarchy, others need NTP',
  'activation/clock-skew.remedy.clients': 'Clients whose clock is off in the same way get {code} too; the clocks are compared in UTC, time zones do not matter',
  'activation/protocol-version-unsupported.title': 'The KMS host does not take this protocol version',
  'activation/protocol-version-unsupported.summary':
    "The KMS host answered 0x8007000D (invalid data): it does not support the product's KMS protocol version, or found the request malformed.",
  // {forcedOption}: the --protocol option the run was given, when it differs from the product's own version.
  'activation/protocol-version-unsupported.message':
    "{endpoint} answered a {protocol} request for {product} (KMS counted id {kmsCountedId}) with {code} (invalid data): the host does not take KMS protocol v{version}, which {product} clients speak{forcedOption, select, null {} other { (the run used {forcedOption}; the product's own version is v{productVersion})}}",
  'activation/protocol-version-unsupported.remedy.older-host':
    'The host is older than the product: hosts answer the versions their own release knows (Vista/7/2008 R2: v4; 8/2012: v5 too; 8.1/2012 R2 and later: v6 too)',
  'activation/protocol-version-unsupported.remedy.try-lower':
    'To see whether the host answers an older version, run once more with {option} (one request per run; no automatic fallback)',
  'activation/protocol-version-unsupported.remedy.current-host': 'Serve {product} from a host on a current Windows Server release with a host key that covers it',
  'activation/count-below-threshold.title': "The KMS host count is below the product's threshold",
  'activation/count-below-threshold.summary':
    'The host answered with a count below what this product needs (25 Windows client, 5 server and Office), so its clients are not activated yet (0xC004F038).',
  'activation/count-below-threshold.message':
    "{endpoint} reports a count of {count}; {product} needs {threshold}, so its clients are not activated yet ({code}) — {missing} more distinct {missing, plural, one {machine} other {machines}} must contact this host within 30 days. The count already includes this probe's CMID {cmid}",
  'activation/count-below-threshold.evidence': 'current count {count}, threshold {threshold} (N-policy sent)',
  'activation/count-below-threshold.remedy.more-machines':
    'Let more machines contact this host: the count is the number of distinct CMIDs seen in the past 30 days, servers and clients together',
  'activation/count-below-threshold.remedy.duplicate-cmids':
    'If many machines use this host but the count stays low, look for duplicate CMIDs (images captured without {command}): the same CMID with several names in event {eventId} on the host',
  'activation/count-below-threshold.remedy.few-hosts': 'Keep the number of KMS hosts small: each host counts separately',
  'activation/response-invalid.title': 'The activation response failed validation',
  'activation/response-invalid.summary':
    "The host's answer did not pass the protocol checks (MAC, hash, HMAC, padding, echoed fields): it is damaged or tampered, and a client would discard it.",
  // {failure}: the ids of the checks that failed (or the probe's reason when none is named).
  'activation/response-invalid.message':
    '{endpoint} answered a {protocol} request for {product} (KMS counted id {kmsCountedId}), but the answer failed validation ({failure, select, null {unknown check} other {{failure}}}): it is damaged or tampered with, and a Windows client would discard it and not activate',
  'activation/response-invalid.evidence': '{reason, select, null {the response failed validation} other {{reason}}}',
  'activation/response-invalid.remedy.repeat': 'Repeat the probe once: a single damaged answer can come from a broken network path (a middlebox rewriting TCP payloads)',
  'activation/response-invalid.remedy.listener': 'If it repeats, look at what answers on this address and port: {command} on the host, and compare with your inventory',
  'activation/response-invalid.remedy.take-out':
    'A KMS implementation whose answers do not validate cannot activate Windows clients; take it out of DNS (_vlmcs._tcp) and client pinning ({command})',
  'activation/request-failed.title': 'The activation request got no usable answer',
  'activation/request-failed.summary': 'The one activation request could not be completed: no connection, no KMS bind, an RPC fault, no reply, or an error code.',
  // {reason}: the probe's own account of the failure (or its status); {phase}: the step it stopped at (connect, bind …).
  'activation/request-failed.message.refused': '{endpoint} refused a {protocol} request for {product} (KMS counted id {kmsCountedId}) with {code}',
  'activation/request-failed.message.fault':
    '{endpoint} answered a {protocol} request for {product} (KMS counted id {kmsCountedId}) with an RPC fault ({fault, select, null {unknown status} other {{fault}}})',
  'activation/request-failed.message.not-sent': '{endpoint}: {reason} — the request was not sent (stopped at the {phase} step)',
  'activation/request-failed.message.unanswered': '{endpoint} did not answer a {protocol} request for {product} (KMS counted id {kmsCountedId}): {reason}',
  'activation/request-failed.evidence.status': '{status}{error, select, null {} other { ({errorCode}): {error}}}',
  'activation/request-failed.remedy.check-endpoint': 'Check the endpoint without an activation request first: {command}',
  'activation/request-failed.remedy.look-up': 'Look the code up: {command}',
  'activation/request-failed.remedy.host-service': 'On the host: is the Software Protection service running and is the host a KMS host? {command}',
  'activation/emulator-tells.title': 'The KMS host shows emulator tells',
  'activation/emulator-tells.summary':
    'The answer shows details genuine Windows hosts are not known to produce (fixed HWID, reused IV, implausible ePID, any interface accepted). Information, not a verdict.',
  // {tells}: the ids of the tells seen (fixed-hwid, reused-iv …).
  'activation/emulator-tells.message':
    '{endpoint} shows {count, plural, one {# detail} other {# details}} that genuine Windows KMS hosts are not known to produce ({tells}); this suggests an emulator but proves nothing, and no tell-free answer proves a host genuine',
  'activation/emulator-tells.remedy.inventory': 'Compare the host name and address with your inventory of KMS hosts',
  'activation/emulator-tells.remedy.compare-epid': 'On a Windows host you run, compare the ePID with the one it reports itself: {command} ("KMS machine extended PID")',
  'activation/emulator-tells.remedy.not-yours': 'If the host is not yours, remove it from DNS (_vlmcs._tcp) and from clients pinned to it ({command})',
  // Evidence and steps several activation/* findings share.
  'activation.evidence.return-value': 'return value {code}{symbolicName, select, null {} other { ({symbolicName})}}: {meaning, select, null {unknown code} other {{meaning}}}',
  'activation.evidence.no-return-value': 'no return value',
  // One observation of the answer: its id, then what was seen (the decoder's words).
  'activation.evidence.observation': '{id}: {detail}',
  'remedy.explain-more': 'More: {command}',
} as const satisfies Record<string, string>;
