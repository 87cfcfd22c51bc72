/**
 * English text of why a reply from the wire was set aside or judged as it was: DNS replies that
 * were not ours or did not frame, answer records left out, and what a bind reply says. Field
 * names (frag_length, call_id, RDLENGTH), PDU names and record types stay as the protocols spell them.
 */
export const PROTOCOL_REPLY = {
  'dns-reply.short': 'reply of {bytes} bytes is shorter than a DNS header',
  'dns-reply.other-id': 'reply id {id} does not match query id {expectedId}',
  'dns-reply.not-response': 'message with the query id is not a response (QR bit clear)',
  // {detail}: the DNS decoder's own words.
  'dns-reply.undecodable': 'reply does not decode: {detail}',
  'dns-reply.other-question': 'reply question ({askedName, select, null {no question} other {{askedName} {askedType}}}) does not match {name} {type}',
  'dns-reply.malformed': 'reply is malformed: {problem}',
  'dns-reply.tcp-truncated': 'TCP reply is truncated',
  'dns-reply.tcp-truncated-too': 'the TCP reply was truncated too',
  'dns-reply.tcp-closed': 'server closed the TCP connection after {bytes} bytes',

  'dns-framing.short': 'message of {bytes} bytes is shorter than a DNS header',
  'dns-framing.cut-short': 'record {record} is cut short',
  'dns-framing.past-end': 'record {record} ({type}) claims {rdlength} data bytes but the message ends {left} bytes later',
  'dns-framing.no-data': 'record {record} ({type}) has no data',
  'dns-framing.rdlength': 'record {record} ({type}) has RDLENGTH {rdlength} but its data takes {actual} bytes',
  'dns-framing.unframed': 'records do not frame: {detail}',

  'dns-answer.failure-rcode': '{count, plural, one {# answer record} other {# answer records}} of a {rcode} reply',
  'dns-answer.duplicate': 'duplicate {type} record for {name}',
  // {chainEnd}: true when {expected} is the end of an alias chain.
  'dns-answer.other-owner': '{type} record owned by {name}, which is not {expected}{chainEnd, select, true { (the end of the alias chain)} other {}}',
  'dns-answer.other-type': '{type} record for {name} in a {asked} reply',
  'dns-answer.more': '{count} more',

  'rpc-reply.no-bytes': 'no bytes',
  // {looks}: tls, text (then {text} is the reply's first line, as it came) or other.
  'rpc-reply.first-byte': 'first byte 0x{byte} {looks, select, tls {looks like TLS} text {is not RPC version 5; the reply is text starting "{text}"} other {is not RPC version 5}}',
  'rpc-reply.minor-version': 'RPC version 5.{minor} is not 5.0',
  'rpc-reply.short-header': 'only {bytes} bytes; a DCE/RPC header has {header}',
  'rpc-reply.frag-length-short': 'frag_length {fragLength} is shorter than the header',
  'rpc-reply.frag-length-absurd': 'frag_length {fragLength} is absurd for a bind reply (limit {limit})',
  'rpc-reply.frag-length-outside': 'frag_length {fragLength} is outside {min}-{max}',
  // {pdu}: a PDU name (bind_nak) or PTYPE with its number.
  'rpc-reply.not-bind-reply': '{pdu} is not a reply to a bind',
  'rpc-reply.ack-truncated':
    '{kind} truncated: {part, select, fixed {the fixed part} address {the {addressLength}-byte secondary address} other {the result list header}} runs past byte {end}',
  'rpc-reply.nak-truncated': 'bind_nak truncated before its reject reason ({bytes} bytes)',
  // {detail}: the truncation as the anomaly list records it.
  'rpc-reply.cut-short': 'the reply is cut short ({detail}); a partial reply cannot be judged',
  'rpc-reply.other-call': 'the reply carries call_id {callId}, the bind was call_id {expected}: it answers another call',
  // {name}: the reject reason as [C706] names it.
  'rpc-reply.bind-nak': 'bind_nak, reason {reason} ({name})',
  'rpc-reply.no-result': 'bind_ack carries no result for the offered context',
  'rpc-reply.unoffered-syntax': 'bind_ack accepts transfer syntax {syntax}, which was never offered',
  // {resultName}, {reasonName}: [C706]'s names of the codes.
  'rpc-reply.context-result': 'result {result}/{reason} ({resultName}: {reasonName}){ndr, select, true { with NDR v2.0} other {}}',
  // Request, response and fault PDUs and their NDR stubs. {stub}: request or response; {field}: requestSize or responseSize.
  'rpc-call.stub-short': 'a {syntax} {stub, select, request {request} other {response}} stub needs {stub, select, request {} other {at least }}{needed} bytes, {given} given',
  'rpc-call.size-differs': '{field} {size} differs from the conformant count {count}',
  'rpc-call.size-past-stub': '{field} {size} runs past the {stubBytes}-byte stub',
  'rpc-call.no-count': 'the stub ends before the conformant count',
  'rpc-call.version': 'RPC version {major}.{minor} is not 5.0',
  'rpc-call.frag-length': 'frag_length {fragLength} does not fit the {bytes} bytes received',
  'rpc-call.pdu-short': 'a PDU of type {type} needs {needed} bytes, frag_length is {fragLength}',
  'rpc-call.not-call': 'PTYPE {type} is not a request, response or fault',
  // Bind-reply anomalies (src/rpc/bind-reply.ts): {kind} is one of BIND_ANOMALY_KINDS, kept as it is for scripts.
  'rpc-anomaly.entry': '{kind}: {detail}',
  'rpc-anomaly.drep': '{drep} instead of 10 00 00 00',
  // {call}: true for a request/response PDU, false for a bind reply.
  'rpc-anomaly.auth-length': '{call, select, true {auth_length {authLength} on an unauthenticated call} other {{authLength} on an unauthenticated bind}}',
  'rpc-anomaly.fragment-flags': 'pfc_flags 0x{flags} lack FIRST_FRAG|LAST_FRAG',
  'rpc-anomaly.short': '{available} of {fragLength} bytes',
  'rpc-anomaly.trailing': '{extra} bytes after frag_length {fragLength}',
  'rpc-anomaly.runs-past': '{part, select, fixed {the fixed part} address {the {addressLength}-byte secondary address} other {the result list header}} runs past byte {end}',
  'rpc-anomaly.no-nul': 'not NUL-terminated',
  'rpc-anomaly.results-fit': 'n_results {count}, but only {fit} fit in {end} bytes',
  'rpc-anomaly.nak-ends': 'bind_nak ends at byte {end}',
  'rpc-anomaly.short-header': '{bytes} of at least {header} header bytes',
  'rpc-anomaly.call-id': 'sent {sent}, received {received}',
  'rpc-anomaly.result-count': '{results} results for {offered} contexts offered',
  'rpc-anomaly.accept-reason': 'acceptance with reason {reason}',
  // Response anomalies (the activation probe and the NDR stub decoder).
  'rpc-anomaly.cancel-count': 'cancel_count {count}',
  'rpc-anomaly.alloc-hint': 'alloc_hint {hint} for a {bytes}-byte stub',
  'rpc-anomaly.fragments': 'the response came in {fragments} fragments (KMS responses fit one)',
  'rpc-anomaly.after-return-value': '{bytes} bytes after the return value',
  'rpc-anomaly.null-size': 'responseSize {size} with a NULL pointer',
  // KMS response validation (shared/kms-protocol.md §4.6): what each check found. Field names stay as the protocol spells them.
  'kms-check.no-version': '{bytes} bytes cannot hold a version',
  // {requested}: the version the request used, or null when the response has it.
  'kms-check.version': '{version}{requested, select, null {} other {, request was {requested}}}',
  'kms-check.block-length': '{bytes} bytes after the version{whole, select, true {} other {, not whole 16-byte blocks}}',
  // {padBytes}: null when the padding is not valid PKCS#7.
  'kms-check.padding':
    '{padBytes, select, null {the decrypted body does not end in valid PKCS#7 padding (wrong key, damaged or tampered ciphertext)} other {{padBytes} pad bytes}}',
  'kms-check.pid-size': 'PIDSize {pidSize}',
  'kms-check.length': '{bytes} bytes{ok, select, true {} other { (body {body}); PIDSize {pidSize} means {expected} (body {expectedBody})}}',
  // {sent}: what the request sent, or null when the echo matches.
  'kms-check.echo': '{echoed}{sent, select, null {} other { echoed, {sent} sent}}',
  // {field}: MAC or HMAC; {computed}: null when it matches.
  'kms-check.computed': '{computed, select, null {{received}} other {{field} {received} received, {computed} computed}}',
  'kms-check.no-request-iv': 'the request IV is unknown, so the response cannot be checked',
  'kms-check.hash': '{computed, select, null {SHA-256(RandomXor ⊕ Dreq) matches} other {SHA-256(RandomXor ⊕ Dreq) is {computed}, the response says {said}}}',
  'kms-check.iv-equal': '{responseIv, select, null {the response IV equals the request IV} other {response IV {responseIv} differs from the request IV {requestIv}}}',
  'kms-check.xor-iv': '{xorIv, select, null {XorIV equals Dreq} other {XorIV {xorIv} differs from Dreq {dreq}}}',
  'kms-check.iv-fresh': '{fresh, select, true {fresh response IV} other {the response reuses the request IV; genuine hosts pick a fresh one (a known emulator giveaway)}}',
  'kms-check.base-short': '{bytes} bytes cannot hold the version and PIDSize',
  'kms-check.pid-size-range': 'PIDSize {pidSize} is not an even number from 2 to {max}',
  'kms-check.pid-size-short': 'PIDSize {pidSize} needs a {needed}-byte base response; only {bytes} bytes are there',
  'kms-check.epid-no-nul': 'the ePID is not NUL-terminated',
  'kms-check.epid-inner-nul': 'the ePID has a NUL at character {at}, before its end',
  // ePID plausibility (src/kms/epid.ts): information about the host's ePID, never proof. {known}: the platform ids genuine hosts use.
  'epid-check.form': 'the ePID is not in the {form} form genuine hosts send',
  'epid-check.platform': 'platform id {platformId} is not one genuine hosts use ({known})',
  'epid-check.platform-build': 'platform id {platformId} ({family}) does not match host build {build}',
  'epid-check.unknown-key': 'group {groupId} with key id {keyId} matches no known host key (CSVLK)',
  'epid-check.key-range': 'key id {keyId} is outside every known range of group {groupId} ({key})',
  'epid-check.channel': 'channel {channel}; KMS host keys are volume keys (03)',
  'epid-check.lcid': 'LCID {lcid} is not a valid Windows language id',
  'epid-check.day': 'day {day} does not exist in {year}',
  'epid-check.future': 'the host key was installed on {date}, which is in the future',
  'epid-check.before-kms': 'the host key was installed in {year}, before KMS existed',
  'epid-check.before-build': 'the host key was installed on {date}, before build {build} ({buildName}) was released on {released}',
} as const satisfies Record<string, string>;
