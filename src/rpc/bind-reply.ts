/**
 * Decodes what a server answers to a bind (bind_ack, bind_nak, alter_context_resp) and judges it
 * per the probe table in shared/kms-protocol.md §2.11. Input is untrusted network bytes: every read
 * is bounds-checked and nothing here throws — garbage becomes a `not-rpc` verdict with a reason.
 */
import { type Message, msg } from '../catalog/message.js';
import { type CommonHeader, decodeCommonHeader, readSyntaxId, sameSyntax } from './bind-pdu.js';
import {
  bindNakReasonName,
  COMMON_HEADER_LENGTH,
  CONTEXT_RESULT,
  contextReasonName,
  contextResultName,
  DREP_LITTLE_ENDIAN,
  EXTENDED_ERROR_SIGNATURE,
  MAX_BIND_REPLY_LENGTH,
  NDR32,
  PDU_TYPE,
  PFC,
  PROVIDER_REASON,
  pduTypeLabel,
  type SyntaxId,
} from './constants.js';
import { uuidFromWire } from './uuid.js';

/** One entry of a bind_ack's result list, in the order of the contexts offered. */
export interface ContextResult {
  /** 0 acceptance, 1 user rejection, 2 provider rejection, 3 negotiate ack (BTFN). */
  result: number;
  /** Provider reason for a rejection, the feature bitmask for a negotiate ack, 0 for an acceptance. */
  reason: number;
  /** The syntax the server chose; all zeros for a rejected context. */
  transferSyntax: SyntaxId;
}

/** A decoded bind_ack or alter_context_resp (same body layout, §2.7, §2.9). */
export interface BindAckReply {
  kind: 'bind_ack' | 'alter_context_resp';
  header: CommonHeader;
  maxXmitFrag: number;
  maxRecvFrag: number;
  assocGroup: number;
  /** For TCP the server's port in decimal; printable ASCII only (others shown as `.`), without the NUL. */
  secondaryAddress: string;
  results: ContextResult[];
}

/** A decoded bind_nak (§2.8). */
export interface BindNakReply {
  kind: 'bind_nak';
  header: CommonHeader;
  rejectReason: number;
  /** The protocol versions the server says it supports. */
  protocols: Array<{ major: number; minor: number }>;
  /** True when the [MS-RPCE] extended-error signature follows the version list. */
  extendedErrorInfo: boolean;
}

export type BindReply = BindAckReply | BindNakReply;

/** Result of {@link decodeBindReply}. `anomalies` are warnings (§2.11), never failures by themselves. */
export type DecodeReplyResult = { ok: true; reply: BindReply; anomalies: Message[] } | { ok: false; reason: Message; anomalies: Message[]; header: CommonHeader | null };

/**
 * The kinds of anomalies (each one `rpc-anomaly.entry`: `"<kind>: <detail>"`), stable so that rules can key on them.
 * They mark a non-Microsoft or broken RPC stack but do not change the verdict by themselves.
 */
export const BIND_ANOMALY_KINDS = [
  'call-id-mismatch', // the server did not echo our call_id (old Wine always answers 1)
  'drep', // data representation other than 10 00 00 00
  'auth-length', // non-zero auth_length on an unauthenticated bind
  'fragment-flags', // FIRST_FRAG and LAST_FRAG not both set
  'truncated', // fewer bytes than frag_length, or fields run past it
  'trailing-bytes', // more bytes than frag_length
  'result-count', // n_results differs from the number of contexts offered
  'secondary-address', // not NUL-terminated
  'accept-reason', // an acceptance with a non-zero reason
] as const;

export type BindAnomalyKind = (typeof BIND_ANOMALY_KINDS)[number];

const RESULT_ELEMENT_LENGTH = 24;
/** Offset of the secondary address length in a bind_ack. */
const SEC_ADDR_LENGTH_OFFSET = 24;

function anomaly(kind: BindAnomalyKind, detail: Message): Message {
  return msg('rpc-anomaly.entry', { kind, detail });
}

/** The kind of an anomaly (one of BIND_ANOMALY_KINDS). */
export function anomalyKind(entry: Message): string {
  return String(entry.args?.kind ?? '');
}

const hasTruncation = (anomalies: readonly Message[]): boolean => anomalies.some((a) => anomalyKind(a) === 'truncated');

function hexByte(value: number): string {
  return value.toString(16).padStart(2, '0');
}

/** Names what non-RPC bytes look like, so "not DCE/RPC" comes with a clue (HTTP, TLS, SSH...). */
function describeForeignBytes(view: Buffer): Message {
  const first = view[0] ?? 0;
  const byte = hexByte(first);
  if (first === 0x16 || first === 0x15) return msg('rpc-reply.first-byte', { byte, looks: 'tls', text: null });
  const head = view.subarray(0, 24);
  const printable = [...head].every((b) => (b >= 0x20 && b < 0x7f) || b === 0x0d || b === 0x0a || b === 0x09);
  if (printable && head.length > 0) {
    const text = head.toString('latin1').split(/\r?\n/)[0] ?? '';
    return msg('rpc-reply.first-byte', { byte, looks: 'text', text });
  }
  return msg('rpc-reply.first-byte', { byte, looks: 'other', text: null });
}

/** Printable ASCII only: the secondary address ends up in terminals and reports. */
function printableAscii(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  const body = nul === -1 ? bytes : bytes.subarray(0, nul);
  return [...body].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
}

function headerAnomalies(header: CommonHeader, available: number): Message[] {
  const found: Message[] = [];
  if (header.drep.some((b, i) => b !== DREP_LITTLE_ENDIAN[i])) {
    found.push(anomaly('drep', msg('rpc-anomaly.drep', { drep: header.drep.map(hexByte).join(' ') })));
  }
  if (header.authLength !== 0) found.push(anomaly('auth-length', msg('rpc-anomaly.auth-length', { authLength: header.authLength, call: false })));
  const both = PFC.firstFrag | PFC.lastFrag;
  if ((header.flags & both) !== both) {
    found.push(anomaly('fragment-flags', msg('rpc-anomaly.fragment-flags', { flags: hexByte(header.flags) })));
  }
  if (available < header.fragLength) found.push(anomaly('truncated', msg('rpc-anomaly.short', { available, fragLength: header.fragLength })));
  if (available > header.fragLength) found.push(anomaly('trailing-bytes', msg('rpc-anomaly.trailing', { extra: available - header.fragLength, fragLength: header.fragLength })));
  return found;
}

function decodeAck(view: Buffer, end: number, header: CommonHeader, anomalies: Message[]): DecodeReplyResult {
  const kind = header.type === PDU_TYPE.bindAck ? 'bind_ack' : 'alter_context_resp';
  const truncated = (part: 'fixed' | 'address' | 'results', addressLength: number | null = null): DecodeReplyResult => {
    if (!hasTruncation(anomalies)) anomalies.push(anomaly('truncated', msg('rpc-anomaly.runs-past', { part, addressLength, end })));
    return { ok: false, reason: msg('rpc-reply.ack-truncated', { kind, part, addressLength, end }), anomalies, header };
  };
  if (end < SEC_ADDR_LENGTH_OFFSET + 2) return truncated('fixed');
  const addressLength = view.readUInt16LE(SEC_ADDR_LENGTH_OFFSET);
  const addressStart = SEC_ADDR_LENGTH_OFFSET + 2;
  if (addressStart + addressLength > end) return truncated('address', addressLength);
  const address = view.subarray(addressStart, addressStart + addressLength);
  if (addressLength > 0 && address[addressLength - 1] !== 0) anomalies.push(anomaly('secondary-address', msg('rpc-anomaly.no-nul')));
  // Pad bytes are skipped, never checked: Windows and vlmcsd leave buffer garbage there (§2.9).
  const unaligned = addressStart + addressLength;
  const resultsHeader = unaligned + ((4 - (unaligned % 4)) % 4);
  if (resultsHeader + 4 > end) return truncated('results');
  const count = view[resultsHeader] ?? 0;
  const results: ContextResult[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = resultsHeader + 4 + index * RESULT_ELEMENT_LENGTH;
    if (at + RESULT_ELEMENT_LENGTH > end) {
      if (!hasTruncation(anomalies)) {
        anomalies.push(anomaly('truncated', msg('rpc-anomaly.results-fit', { count, fit: index, end })));
      }
      break;
    }
    results.push({ result: view.readUInt16LE(at), reason: view.readUInt16LE(at + 2), transferSyntax: readSyntaxId(view, at + 4) });
  }
  return {
    ok: true,
    reply: {
      kind,
      header,
      maxXmitFrag: view.readUInt16LE(16),
      maxRecvFrag: view.readUInt16LE(18),
      assocGroup: view.readUInt32LE(20),
      secondaryAddress: printableAscii(address),
      results,
    },
    anomalies,
  };
}

function decodeNak(view: Buffer, end: number, header: CommonHeader, anomalies: Message[]): DecodeReplyResult {
  if (end < COMMON_HEADER_LENGTH + 2) {
    if (!hasTruncation(anomalies)) anomalies.push(anomaly('truncated', msg('rpc-anomaly.nak-ends', { end })));
    return { ok: false, reason: msg('rpc-reply.nak-truncated', { bytes: end }), anomalies, header };
  }
  const rejectReason = view.readUInt16LE(COMMON_HEADER_LENGTH);
  const protocols: Array<{ major: number; minor: number }> = [];
  const countAt = COMMON_HEADER_LENGTH + 2;
  let next = countAt;
  if (countAt < end) {
    const count = view[countAt] ?? 0;
    next = countAt + 1;
    for (let index = 0; index < count && next + 2 <= end; index += 1, next += 2) {
      protocols.push({ major: view[next] ?? 0, minor: view[next + 1] ?? 0 });
    }
  }
  // [MS-RPCE] does not pin the signature's alignment, so look at the next byte and the next 4-byte boundary.
  const candidates = [next, next + ((4 - (next % 4)) % 4)];
  const extendedErrorInfo = candidates.some((at) => at + 16 <= end && uuidFromWire(view, at) === EXTENDED_ERROR_SIGNATURE);
  return { ok: true, reply: { kind: 'bind_nak', header, rejectReason, protocols, extendedErrorInfo }, anomalies };
}

/**
 * Decodes a reply to a bind. Reads at most `frag_length` bytes; a shorter input is decoded as far
 * as it goes and flagged `truncated`. Never throws.
 */
export function decodeBindReply(bytes: Uint8Array): DecodeReplyResult {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (reason: Message, anomalies: Message[] = [], header: CommonHeader | null = null): DecodeReplyResult => ({
    ok: false,
    reason,
    anomalies,
    header,
  });
  if (view.length === 0) return fail(msg('rpc-reply.no-bytes'));
  if (view[0] !== 5) return fail(describeForeignBytes(view));
  if (view.length >= 2 && view[1] !== 0) return fail(msg('rpc-reply.minor-version', { minor: view[1] ?? 0 }));
  const header = decodeCommonHeader(view);
  if (header === null) {
    return fail(msg('rpc-reply.short-header', { bytes: view.length, header: COMMON_HEADER_LENGTH }), [
      anomaly('truncated', msg('rpc-anomaly.short-header', { bytes: view.length, header: COMMON_HEADER_LENGTH })),
    ]);
  }
  if (header.fragLength < COMMON_HEADER_LENGTH) return fail(msg('rpc-reply.frag-length-short', { fragLength: header.fragLength }), [], header);
  if (header.fragLength > MAX_BIND_REPLY_LENGTH) {
    return fail(msg('rpc-reply.frag-length-absurd', { fragLength: header.fragLength, limit: MAX_BIND_REPLY_LENGTH }), [], header);
  }
  const anomalies = headerAnomalies(header, view.length);
  const end = Math.min(view.length, header.fragLength);
  switch (header.type) {
    case PDU_TYPE.bindAck:
    case PDU_TYPE.alterContextResp:
      return decodeAck(view, end, header, anomalies);
    case PDU_TYPE.bindNak:
      return decodeNak(view, end, header, anomalies);
    default:
      return fail(msg('rpc-reply.not-bind-reply', { pdu: `PTYPE ${pduTypeLabel(header.type)}` }), anomalies, header);
  }
}

/** What a bind reply says about the endpoint (§2.11). */
export type BindVerdict =
  | 'kms' // the KMS context was accepted with NDR v2: the KMS RPC interface is present
  | 'interface-not-supported' // 2/1: a DCE/RPC server without the KMS interface
  | 'transfer-syntax-refused' // 2/2: the interface is there but NDR32 was refused
  | 'context-rejected' // any other rejection of the context (user rejection, 2/0, 2/3, ...)
  | 'bind-nak' // the server refused the whole association
  | 'truncated' // DCE/RPC, but cut short before its frag_length (or its fields run past it): no verdict
  | 'call-id-mismatch' // a reply to another call: it does not answer our bind
  | 'not-rpc'; // not DCE/RPC, or too broken to judge

/** Every verdict, for exhaustive checks and schemas. */
export const BIND_VERDICTS: readonly BindVerdict[] = [
  'kms',
  'interface-not-supported',
  'transfer-syntax-refused',
  'context-rejected',
  'bind-nak',
  'truncated',
  'call-id-mismatch',
  'not-rpc',
];

/** Verdicts that mean "this reply does not (fully) answer our bind", whatever it says inside. */
export const UNANSWERED_VERDICTS: readonly BindVerdict[] = ['truncated', 'call-id-mismatch'];

/** The verdict with its evidence. */
export interface BindJudgement {
  verdict: BindVerdict;
  /** Why, as a catalog message, e.g. `result 2/1 (provider rejection: abstract syntax not supported)`. */
  explanation: Message;
  /** `"<kind>: <detail>"` messages (`rpc-anomaly.entry`), kinds from `BIND_ANOMALY_KINDS`. */
  anomalies: Message[];
  reply: BindReply | null;
  /** The result for the judged (first) context, when a bind_ack carried one. */
  contextResult: ContextResult | null;
  /** For a bind_nak: the reject reason and its name. */
  rejectReason: { code: number; name: string } | null;
}

/** Options of {@link judgeBindReply}. */
export interface JudgeOptions {
  /** The call_id that was sent; a different echo is an anomaly, not a failure. */
  expectedCallId: number;
  /** How many contexts the bind offered (default 1); the first one is judged. */
  offeredContexts?: number;
}

/** A context result as the catalog words it; the result and reason names are [C706]'s. */
export function describeContextResult(r: ContextResult, ndr = false): Message {
  return msg('rpc-reply.context-result', { result: r.result, reason: r.reason, resultName: contextResultName(r.result), reasonName: contextReasonName(r.result, r.reason), ndr });
}

/**
 * Judges a reply to a one-context NDR32 bind to the KMS interface. Pure and total: any byte
 * array yields one of `BIND_VERDICTS`.
 */
export function judgeBindReply(bytes: Uint8Array, options: JudgeOptions): BindJudgement {
  const decoded = decodeBindReply(bytes);
  const base = { anomalies: decoded.anomalies, contextResult: null, rejectReason: null };
  const truncation = decoded.anomalies.find((a) => anomalyKind(a) === 'truncated');
  // A reply cut short proves nothing: what it would have said is unknown, so it is never an acceptance.
  if (truncation !== undefined) {
    return { ...base, verdict: 'truncated', explanation: msg('rpc-reply.cut-short', { detail: truncation.args!.detail! }), reply: decoded.ok ? decoded.reply : null };
  }
  if (!decoded.ok) return { ...base, verdict: 'not-rpc', explanation: decoded.reason, reply: null };
  const { reply } = decoded;
  const anomalies = [...decoded.anomalies];
  if (reply.header.callId !== options.expectedCallId) {
    anomalies.push(anomaly('call-id-mismatch', msg('rpc-anomaly.call-id', { sent: options.expectedCallId, received: reply.header.callId })));
    // The RPC runtime matches replies to calls by call_id; a client drops this one, so must we.
    return { ...base, anomalies, verdict: 'call-id-mismatch', explanation: msg('rpc-reply.other-call', { callId: reply.header.callId, expected: options.expectedCallId }), reply };
  }
  if (reply.kind === 'bind_nak') {
    const name = bindNakReasonName(reply.rejectReason);
    return {
      verdict: 'bind-nak',
      explanation: msg('rpc-reply.bind-nak', { reason: reply.rejectReason, name }),
      anomalies,
      reply,
      contextResult: null,
      rejectReason: { code: reply.rejectReason, name },
    };
  }
  const judged = { anomalies, reply, rejectReason: null };
  if (reply.kind !== 'bind_ack') {
    return { ...judged, contextResult: null, verdict: 'not-rpc', explanation: msg('rpc-reply.not-bind-reply', { pdu: reply.kind }) };
  }
  const offered = options.offeredContexts ?? 1;
  if (reply.results.length !== offered && !hasTruncation(anomalies)) {
    anomalies.push(anomaly('result-count', msg('rpc-anomaly.result-count', { results: reply.results.length, offered })));
  }
  const first = reply.results[0];
  if (first === undefined) {
    return { ...judged, contextResult: null, verdict: 'not-rpc', explanation: msg('rpc-reply.no-result') };
  }
  const outcome = (verdict: BindVerdict, explanation: Message): BindJudgement => ({ ...judged, contextResult: first, verdict, explanation });
  if (first.result === CONTEXT_RESULT.acceptance) {
    if (!sameSyntax(first.transferSyntax, NDR32)) {
      const chosen = `${first.transferSyntax.uuid} v${first.transferSyntax.major}.${first.transferSyntax.minor}`;
      return outcome('not-rpc', msg('rpc-reply.unoffered-syntax', { syntax: chosen }));
    }
    if (first.reason !== 0) anomalies.push(anomaly('accept-reason', msg('rpc-anomaly.accept-reason', { reason: first.reason })));
    return outcome('kms', describeContextResult(first, true));
  }
  if (first.result === CONTEXT_RESULT.providerRejection && first.reason === PROVIDER_REASON.abstractSyntaxNotSupported) {
    return outcome('interface-not-supported', describeContextResult(first));
  }
  if (first.result === CONTEXT_RESULT.providerRejection && first.reason === PROVIDER_REASON.proposedTransferSyntaxesNotSupported) {
    return outcome('transfer-syntax-refused', describeContextResult(first));
  }
  return outcome('context-rejected', describeContextResult(first));
}
