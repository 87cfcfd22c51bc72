/**
 * English text of why a probe ended as it did (`error.reason` of a probe result) and of the checks
 * the activation probe words itself. Select keys name what was awaited, never an English word:
 *   {what}: handshake, connect, resolver, dns, bind (the RPC bind probe), bindReply, alterContext,
 *   response, fragment (the activation probe's reads). Codes, PDU names and fields stay as they are.
 * Two phrases that rules and readiness once wrote in code live here too (rules.remedy.*, readiness.note.*).
 */
const AWAITED = 'bindReply {reply to the bind} alterContext {alter_context_resp} response {response to the request} fragment {next response fragment} other {reply}';

export const PROBE_ERROR = {
  // {detail}: the operating system's own words (connect ECONNREFUSED 127.0.0.1:1688), shown as they came.
  'probe-error.system': '{detail}',
  // {detail}: the runtime's abort reason, or null.
  'probe-error.cancelled': '{detail, select, null {the probe was cancelled} other {{detail}}}',
  'probe-error.deadline':
    '{when, select, before {the overall deadline passed before the probe started} query {the overall deadline ended the query} other {the overall deadline ended the probe}}',
  'probe-error.timeout':
    '{what, select, handshake {no answer to the TCP handshake} connect {no TCP connection} resolver {the system resolver gave no answer} dns {no reply}' +
    ' bind {no answer to the bind} bindReply {no reply to the bind} alterContext {no alter_context_resp} response {no response to the request}' +
    ' fragment {no next response fragment} other {no answer}} within {timeoutMs} ms',
  'probe-error.peer-closed':
    'the peer closed the connection {what, select, bind {without answering the bind} bindReply {without sending the reply to the bind}' +
    ' alterContext {without sending the alter_context_resp} response {without sending the response to the request}' +
    ' fragment {without sending the next response fragment} other {without answering}}',
  'probe-error.peer-reset':
    'the peer reset the connection {what, select, bind {without answering the bind} bindReply {instead of sending the reply to the bind}' +
    ' alterContext {instead of sending the alter_context_resp} response {instead of sending the response to the request}' +
    ' fragment {instead of sending the next response fragment} other {without answering}}',
  'probe-error.cut-short': `the connection ended after {bytes} bytes of the {what, select, ${AWAITED}}`,
  // {cause}: why the bytes cannot be DCE/RPC (an rpc-reply message).
  'probe-error.not-rpc': `the {what, select, ${AWAITED}} is not DCE/RPC: {cause}`,
  // {announced}: the frag_length of the header, or null when the header had not arrived.
  'probe-error.incomplete': `the {what, select, ${AWAITED}} did not complete within {timeoutMs} ms: {bytes} bytes received{announced, select, null {} other { of the {announced} its header announced}}`,
  'probe-error.incomplete-response': 'the response did not complete within {timeoutMs} ms: {fragments, plural, one {# fragment} other {# fragments}} ({bytes} bytes) received',
  'probe-error.too-many-fragments': 'the response did not end within {max} fragments',
  'probe-error.no-alter-context-resp': 'no alter_context_resp',
  'probe-error.alter-context-other-pdu': '{pdu} instead of alter_context_resp',
  'probe-error.alter-context-other-call': 'the alter_context_resp carries call_id {callId}, not {expected}',
  'probe-error.alter-context-refused': 'NDR32 was refused on alter_context too ({cause}); this probe marshals the request in NDR32 only',
  'probe-error.context-not-accepted': 'the KMS context was not accepted: {result}',
  // {check}: the id of the failed check (rpc-pdu, ndr, …); {detail}: what it found.
  'probe-error.check-failed': '{check}: {detail}',
  // {fault}: the fault status and its [MS-RPCE] name.
  'probe-error.rpc-fault': 'the host answered with an RPC fault: {fault}',
  'probe-error.kms-refused': 'the host refused the request with {hresult}',
  // {failure}: the first failed check of the KMS response, or null.
  'probe-error.validation-failed': '{failure, select, null {the response failed validation} other {{failure}}}',
  'probe-error.no-valid-reply': 'no valid reply within {timeoutMs} ms; discarded: {discarded}',
  // {status}: the TCP attempt's probe status (timeout, refused, …).
  'probe-error.tcp-retry-failed': 'UDP reply was truncated and the TCP retry failed: {cause} ({status})',

  'probe-check.not-response': 'PTYPE {type} instead of a response',
  'probe-check.no-first-frag': 'the first response fragment lacks FIRST_FRAG',
  // {field}: call_id or p_cont_id.
  'probe-check.other-id': '{field} {got}, request used {sent}',
  'probe-check.rpc-pass': 'response PDU, call_id {callId}, context {contextId}',
  'probe-check.ndr-empty-success': 'no response data, yet the return value is 0 (success)',
  'probe-check.ndr-empty': 'no response data; return value {hresult}',
  'probe-check.ndr-data-error': 'response data with a non-zero return value {hresult}',
  'probe-check.ndr-pass': '{bytes} bytes of response data, return value 0',
  // A heuristic (shared/kms-protocol.md §2.11): how a Windows-style bind was answered.
  // Stands in for a remedy command that would paste a name that is not a valid host name (src/rules/command-safety.ts).
  'rules.remedy.not-a-host-name':
    'No command is printed for this step: a name it needs is not a valid host name (see the message and the evidence). Fix or remove that record or setting by hand.',
  // A readiness note: a client snapshot without DNS suffixes adds no domain to check.
  'readiness.note.no-suffixes': "{path}: the client's DNS suffixes are unknown; it adds no domain to check",
  'probe-check.fingerprint':
    '{kind, select, both {accepts both NDR32 and NDR64 (not how Windows hosts answer)}' +
    ' ndr64Only {NDR64 preferred, NDR32 refused: like Windows 8 / Server 2012 and later hosts (heuristic)}' +
    ' other {NDR32 accepted, NDR64 refused: like Vista/7/Server 2008 (R2) hosts, or an emulator (heuristic)}}',
} as const satisfies Record<string, string>;
