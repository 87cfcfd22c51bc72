/**
 * KMS activation probe (opt-in): bind to the KMS interface, then — only when asked — send ONE
 * activation request (opnum 0, NDR32) and validate the answer per shared/kms-protocol.md §4.6.
 *
 * Bind styles: `ndr32` offers one NDR32 context (72 bytes, what every KMS stack accepts);
 * `windows` offers NDR32, NDR64 and BTFN like a Windows client (160 bytes) and, when the host
 * prefers NDR64 and refuses NDR32, asks for NDR32 with an alter_context as Windows does (§2.6, §2.9).
 *
 * With `send: false` the probe binds and stops: nothing reaches the licensing service (count-safe).
 * With `send: true` it claims the run's RequestGuard immediately before writing the request, so a
 * second request in the same run throws a programmer error. Every network outcome is data.
 */
import { randomUUID } from 'node:crypto';
import type { ProbeError, ProbeStatus, ProbeTarget } from '../src/core/result.js';
import { startTimer } from '../src/core/timing.js';
import { PduConnection, type PduRead } from '../src/kms/pdu-connection.js';
import type { RequestGuard } from '../src/kms/policy.js';
import type { BuiltRequest } from '../src/kms/request.js';
import { type CheckOutcome, validateKmsResponse } from '../src/kms/response.js';
import { encodeBindPdu, MINIMAL_KMS_CONTEXTS, sameSyntax, WINDOWS_STYLE_KMS_CONTEXTS } from '../src/rpc/bind-pdu.js';
import { type BindAckReply, type ContextResult, decodeBindReply, judgeBindReply, UNANSWERED_VERDICTS } from '../src/rpc/bind-reply.js';
import { decodeCallPdu, decodeResponseStub, encodeRequestPdu, encodeRequestStub, faultStatusName } from '../src/rpc/call-pdu.js';
import { CONTEXT_RESULT, contextReasonName, contextResultName, MAX_BIND_REPLY_LENGTH, NDR32, NDR64, PFC, WINDOWS_FIRST_CALL_ID } from '../src/rpc/constants.js';
import { endpointProbeId } from './probe-id.js';

export type BindStyle = 'ndr32' | 'windows';
export const BIND_STYLES: readonly BindStyle[] = ['ndr32', 'windows'];

/**
 * Outcome of the probe. Network words as in ProbeStatus, plus: `not-sent` (bind accepted, no request
 * by policy), `answered` (a valid response, HRESULT 0), `kms-error` (a well-formed KMS-level HRESULT),
 * `invalid-response` (failed §4.6 validation: tampered or corrupt), `rpc-fault` (an RPC fault PDU).
 */
export type ActivationStatus = Exclude<ProbeStatus, 'ok'> | 'not-sent' | 'answered' | 'kms-error' | 'invalid-response' | 'rpc-fault';

/** Where the exchange stopped. */
export type ActivationPhase = 'connect' | 'bind' | 'alter-context' | 'request' | 'response' | 'done';

/** One check of the answer: RPC/NDR (§4.6 steps 1–2) and the KMS checks (steps 3–7). */
export interface ActivationCheck {
  id: string;
  outcome: CheckOutcome;
  detail: string;
}

export interface BindEvidence {
  style: BindStyle;
  sentHex: string;
  replyHex: string | null;
  /** One line per offered context: what the host said. */
  results: Array<{ contextId: number; offered: string; result: string; acceptedSyntax: string | null }>;
  explanation: string | null;
  anomalies: string[];
  assocGroup: number | null;
  /** For the windows style: how the host chose between NDR32 and NDR64 (a heuristic fingerprint, §2.11). */
  fingerprint: string | null;
  alterContext: { sentHex: string; replyHex: string | null; accepted: boolean; explanation: string } | null;
  /** The presentation context the request uses (NDR32). */
  contextId: number | null;
}

export interface ResponseEvidence {
  /** All response PDU bytes received, hex (fragments concatenated). */
  pduHex: string;
  fragments: number;
  /** The fault status, when the host answered with a fault PDU. */
  fault: { status: string; name: string } | null;
  /** The function return value (an HRESULT), `0x` + 8 upper-case hex digits. */
  hresult: string | null;
  /** The KMS response payload, hex. */
  payloadHex: string | null;
  anomalies: string[];
}

export interface ActivationProbeData {
  phase: ActivationPhase;
  /** True once the request PDU was written: the host may have counted this CMID. */
  requestSent: boolean;
  bind: BindEvidence | null;
  /** The request PDU sent (or that would be sent), hex, and its call/context ids. */
  requestPduHex: string | null;
  response: ResponseEvidence | null;
  checks: ActivationCheck[];
  /** No check failed. */
  valid: boolean | null;
  /** The validated KMS fields (see src/kms/response.ts), null when nothing could be read. */
  validation: ReturnType<typeof validateKmsResponse> | null;
  /** Request written → full response received, ms. */
  latencyMs: number | null;
  /** A bind to a random interface on a second connection: py-kms accepts it, Windows and vlmcsd refuse (2/1). */
  anyInterface: { interfaceUuid: string; accepted: boolean | null; detail: string } | null;
}

export interface ActivationProbeResult {
  id: string;
  probe: 'kms.activation';
  target: ProbeTarget;
  status: ActivationStatus;
  ok: boolean;
  startedAt: string;
  durationMs: number;
  /** TCP connections made. */
  attempts: number;
  data: ActivationProbeData;
  error?: ProbeError;
}

export interface ActivationProbeOptions {
  host: string;
  address?: string;
  port: number;
  /** Budget for the connect, for each bind reply, and for the whole response. */
  timeoutMs: number;
  signal?: AbortSignal;
  request: BuiltRequest;
  /** false: bind only; true: send the one request (needs `guard`). */
  send: boolean;
  guard?: RequestGuard;
  bindStyle?: BindStyle;
  /** Default true: a second, count-safe connection binds to a random interface. */
  checkAnyInterface?: boolean;
}

/** Largest response we accept: a KMS PDU is ≤ ~300 bytes; Windows' max frag is 5840. */
const MAX_PDU = 5840;
const MAX_FRAGMENTS = 16;
const CALL_ID = WINDOWS_FIRST_CALL_ID;
const BIND_FLAGS = PFC.firstFrag | PFC.lastFrag | PFC.concMpx;

const hex32 = (value: number): string => `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
const syntaxLabel = (s: { uuid: string; major: number; minor: number }): string =>
  sameSyntax(s, NDR32) ? 'NDR32 v2.0' : sameSyntax(s, NDR64) ? 'NDR64 v1.0' : s.uuid.startsWith('6cb71c2c-9812-4540-') ? 'BTFN' : `${s.uuid} v${s.major}.${s.minor}`;

function describeResult(r: ContextResult): string {
  return `${r.result}/${r.reason} (${contextResultName(r.result)}: ${contextReasonName(r.result, r.reason)})`;
}

function silenceError(read: Extract<PduRead, { kind: 'silence' }>, what: string, timeoutMs: number): ProbeError {
  if (read.partial.length > 0) return { code: 'TRUNCATED', message: `the connection ended after ${read.partial.length} bytes of the ${what}` };
  if (read.silence === 'closed') return { code: 'EOF', message: `the peer closed the connection without sending the ${what}` };
  if (read.silence === 'reset') return { code: 'ECONNRESET', message: `the peer reset the connection instead of sending the ${what}` };
  return { code: 'ETIMEDOUT', message: `no ${what} within ${timeoutMs} ms` };
}

/** A failed read as a status and error: bytes that stopped coming are slowness, bytes cut off by the peer a broken reply. */
function readFailure(read: Exclude<PduRead, { kind: 'pdu' }>, what: string, timeoutMs: number): { status: ActivationStatus; error: ProbeError } {
  if (read.kind === 'cancelled') return { status: 'cancelled', error: read.error };
  if (read.kind === 'junk') return { status: 'not-rpc', error: { code: 'NOT_RPC', message: `the ${what} is not DCE/RPC: ${read.reason}` } };
  if (read.partial.length > 0 && read.silence === 'timeout') {
    return { status: 'incomplete', error: { code: 'INCOMPLETE', message: `the ${what} did not complete within ${timeoutMs} ms: ${read.partial.length} bytes received` } };
  }
  if (read.partial.length > 0) return { status: 'rpc-invalid', error: silenceError(read, what, timeoutMs) };
  return { status: 'no-reply', error: silenceError(read, what, timeoutMs) };
}

interface BindOutcome {
  evidence: BindEvidence;
  failure: { status: ActivationStatus; error: ProbeError } | null;
  phase: ActivationPhase;
}

function resultRows(reply: BindAckReply, offered: readonly { contextId: number; transferSyntax: { uuid: string; major: number; minor: number } }[]): BindEvidence['results'] {
  return offered.map((context, index) => {
    const r = reply.results[index];
    return {
      contextId: context.contextId,
      offered: syntaxLabel(context.transferSyntax),
      result: r ? describeResult(r) : 'no result',
      acceptedSyntax: r && r.result === CONTEXT_RESULT.acceptance ? syntaxLabel(r.transferSyntax) : null,
    };
  });
}

/** Bind (and alter_context when needed) on an open connection; ends with the NDR32 context to use, or a failure. */
async function bindForNdr32(connection: PduConnection, style: BindStyle, timeoutMs: number): Promise<BindOutcome> {
  const contexts = style === 'windows' ? WINDOWS_STYLE_KMS_CONTEXTS : MINIMAL_KMS_CONTEXTS;
  const bind = encodeBindPdu({ callId: CALL_ID, contexts, flags: BIND_FLAGS });
  const evidence: BindEvidence = {
    style, sentHex: bind.toString('hex'), replyHex: null, results: [], explanation: null, anomalies: [], assocGroup: null, fingerprint: null, alterContext: null, contextId: null,
  };
  connection.write(bind);
  const read = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
  if (read.kind !== 'pdu') {
    if (read.kind === 'junk') evidence.replyHex = read.bytes.subarray(0, 64).toString('hex');
    return { evidence, failure: readFailure(read, 'reply to the bind', timeoutMs), phase: 'bind' };
  }
  evidence.replyHex = read.bytes.toString('hex');
  const judgement = judgeBindReply(read.bytes, { expectedCallId: CALL_ID, offeredContexts: contexts.length });
  evidence.anomalies = judgement.anomalies;
  evidence.explanation = judgement.explanation;
  if (UNANSWERED_VERDICTS.includes(judgement.verdict)) {
    return { evidence, failure: { status: 'rpc-invalid', error: { code: judgement.verdict === 'truncated' ? 'TRUNCATED' : 'CALL_ID_MISMATCH', message: judgement.explanation } }, phase: 'bind' };
  }
  const decoded = decodeBindReply(read.bytes);
  if (!decoded.ok || judgement.verdict === 'not-rpc' && judgement.reply?.kind !== 'bind_ack') {
    return { evidence, failure: { status: 'not-rpc', error: { code: 'NOT_RPC', message: judgement.explanation } }, phase: 'bind' };
  }
  const reply = decoded.reply;
  if (reply.kind === 'bind_nak') {
    return { evidence, failure: { status: 'rpc-rejected', error: { code: 'BIND_NAK', message: judgement.explanation } }, phase: 'bind' };
  }
  if (reply.kind !== 'bind_ack') {
    return { evidence, failure: { status: 'not-rpc', error: { code: 'NOT_RPC', message: `${reply.kind} is not a reply to a bind` } }, phase: 'bind' };
  }
  evidence.assocGroup = reply.assocGroup;
  evidence.results = resultRows(reply, contexts);
  const accepted = (index: number, syntax: typeof NDR32): boolean => {
    const r = reply.results[index];
    return r !== undefined && r.result === CONTEXT_RESULT.acceptance && sameSyntax(r.transferSyntax, syntax);
  };
  if (accepted(0, NDR32)) {
    evidence.contextId = 0;
    if (style === 'windows') evidence.fingerprint = accepted(1, NDR64) ? 'accepts both NDR32 and NDR64 (not how Windows hosts answer)' : 'NDR32 accepted, NDR64 refused: like Vista/7/Server 2008 (R2) hosts, or an emulator (heuristic)';
    return { evidence, failure: null, phase: 'request' };
  }
  if (style === 'windows' && accepted(1, NDR64)) {
    evidence.fingerprint = 'NDR64 preferred, NDR32 refused: like Windows 8 / Server 2012 and later hosts (heuristic)';
    const alter = encodeBindPdu({ callId: CALL_ID, contexts: MINIMAL_KMS_CONTEXTS, flags: BIND_FLAGS, type: 'alter_context', assocGroup: 0 });
    connection.write(alter);
    const alterRead = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
    if (alterRead.kind !== 'pdu') {
      evidence.alterContext = { sentHex: alter.toString('hex'), replyHex: null, accepted: false, explanation: 'no alter_context_resp' };
      return { evidence, failure: readFailure(alterRead, 'alter_context_resp', timeoutMs), phase: 'alter-context' };
    }
    const alterDecoded = decodeBindReply(alterRead.bytes);
    const alterReply = alterDecoded.ok && alterDecoded.reply.kind === 'alter_context_resp' ? alterDecoded.reply : null;
    const first = alterReply?.results[0];
    const otherCall = alterReply !== null && alterReply.header.callId !== CALL_ID;
    const ok = !otherCall && first !== undefined && first.result === CONTEXT_RESULT.acceptance && sameSyntax(first.transferSyntax, NDR32);
    const explanation = alterReply === null
      ? (alterDecoded.ok ? `${alterDecoded.reply.kind} instead of alter_context_resp` : alterDecoded.reason)
      : otherCall ? `the alter_context_resp carries call_id ${alterReply.header.callId}, not ${CALL_ID}` : first ? describeResult(first) : 'no result';
    evidence.alterContext = { sentHex: alter.toString('hex'), replyHex: alterRead.bytes.toString('hex'), accepted: ok, explanation };
    if (!ok) {
      const status: ActivationStatus = alterReply === null ? 'not-rpc' : 'rpc-rejected';
      return { evidence, failure: { status, error: { code: 'ALTER_CONTEXT_REJECTED', message: `NDR32 was refused on alter_context too (${explanation}); this probe marshals the request in NDR32 only` } }, phase: 'alter-context' };
    }
    evidence.contextId = 0;
    return { evidence, failure: null, phase: 'request' };
  }
  const first = reply.results[0];
  const code = judgement.verdict === 'interface-not-supported' ? 'INTERFACE_NOT_SUPPORTED' : 'BIND_REJECTED';
  return { evidence, failure: { status: 'rpc-rejected', error: { code, message: first ? `the KMS context was not accepted: ${describeResult(first)}` : 'the bind_ack carries no result' } }, phase: 'bind' };
}

/**
 * Reads the response PDU(s) for the request; re-assembles fragments. The whole response shares one
 * budget: a peer sending fragment after fragment, each just inside the timeout, ends with it too.
 */
async function readResponse(connection: PduConnection, timeoutMs: number): Promise<{ pdus: Buffer[]; failure: { status: ActivationStatus; error: ProbeError } | null }> {
  const pdus: Buffer[] = [];
  const by = performance.now() + timeoutMs;
  for (let fragment = 0; fragment < MAX_FRAGMENTS; fragment += 1) {
    const read = await connection.readPdu(Math.max(1, by - performance.now()), MAX_PDU);
    if (read.kind !== 'pdu') {
      if (fragment > 0 && read.kind === 'silence' && read.silence === 'timeout') {
        const bytes = pdus.reduce((sum, pdu) => sum + pdu.length, 0) + read.partial.length;
        return { pdus, failure: { status: 'incomplete', error: { code: 'INCOMPLETE', message: `the response did not complete within ${timeoutMs} ms: ${fragment} fragment${fragment === 1 ? '' : 's'} (${bytes} bytes) received` } } };
      }
      return { pdus, failure: readFailure(read, fragment === 0 ? 'response to the request' : 'next response fragment', timeoutMs) };
    }
    pdus.push(read.bytes);
    const flags = read.bytes[3] ?? 0;
    const type = read.bytes[2];
    if (type !== 2 || (flags & PFC.lastFrag) !== 0) return { pdus, failure: null };
  }
  return { pdus, failure: { status: 'invalid-response', error: { code: 'TOO_MANY_FRAGMENTS', message: `the response did not end within ${MAX_FRAGMENTS} fragments` } } };
}

interface Judged {
  status: ActivationStatus;
  error?: ProbeError;
  response: ResponseEvidence;
  checks: ActivationCheck[];
  validation: ReturnType<typeof validateKmsResponse> | null;
}

/** §4.6 steps 1–2 on the PDU(s), then steps 3–7 on the payload. */
function judgeResponse(pdus: Buffer[], request: BuiltRequest, contextId: number): Judged {
  const response: ResponseEvidence = { pduHex: Buffer.concat(pdus).toString('hex'), fragments: pdus.length, fault: null, hresult: null, payloadHex: null, anomalies: [] };
  const checks: ActivationCheck[] = [];
  const fail = (id: string, detail: string, status: ActivationStatus = 'invalid-response'): Judged => {
    checks.push({ id, outcome: 'fail', detail });
    return { status, error: { code: status === 'not-rpc' ? 'NOT_RPC' : 'INVALID_RESPONSE', message: `${id}: ${detail}` }, response, checks, validation: null };
  };
  const stubs: Buffer[] = [];
  let allocHint = 0;
  for (const [index, bytes] of pdus.entries()) {
    const decoded = decodeCallPdu(bytes);
    if (!decoded.ok) return fail('rpc-pdu', decoded.reason, 'not-rpc');
    const pdu = decoded.pdu;
    if (pdu.kind === 'fault') {
      response.fault = { status: hex32(pdu.status), name: faultStatusName(pdu.status) };
      return { status: 'rpc-fault', error: { code: 'RPC_FAULT', message: `the host answered with an RPC fault: ${faultStatusName(pdu.status)}` }, response, checks, validation: null };
    }
    if (pdu.kind !== 'response') return fail('rpc-pdu', `PTYPE ${pdu.header.type} instead of a response`, 'not-rpc');
    if (index === 0 && (pdu.header.flags & PFC.firstFrag) === 0) return fail('rpc-pdu', 'the first response fragment lacks FIRST_FRAG');
    if (pdu.header.callId !== CALL_ID) return fail('rpc-call-id', `call_id ${pdu.header.callId}, request used ${CALL_ID}`);
    if (pdu.contextId !== contextId) return fail('rpc-context', `p_cont_id ${pdu.contextId}, request used ${contextId}`);
    if (pdu.header.drep.some((b, i) => b !== [0x10, 0, 0, 0][i])) response.anomalies.push(`drep ${pdu.header.drep.map((b) => b.toString(16).padStart(2, '0')).join(' ')} instead of 10 00 00 00`);
    if (pdu.header.authLength !== 0) response.anomalies.push(`auth_length ${pdu.header.authLength} on an unauthenticated call`);
    if (pdu.cancelCount !== 0) response.anomalies.push(`cancel_count ${pdu.cancelCount}`);
    if (index === 0) allocHint = pdu.allocHint;
    stubs.push(pdu.stub);
  }
  const stub = Buffer.concat(stubs);
  if (allocHint !== 0 && allocHint !== stub.length) response.anomalies.push(`alloc_hint ${allocHint} for a ${stub.length}-byte stub`);
  if (pdus.length > 1) response.anomalies.push(`the response came in ${pdus.length} fragments (KMS responses fit one)`);
  checks.push({ id: 'rpc', outcome: 'pass', detail: `response PDU, call_id ${CALL_ID}, context ${contextId}` });
  const ndr = decodeResponseStub(stub, 'ndr32');
  if (!ndr.ok) return fail('ndr', ndr.reason);
  response.anomalies.push(...ndr.anomalies);
  response.hresult = hex32(ndr.returnValue);
  if (ndr.payload === null) {
    if (ndr.returnValue === 0) return fail('ndr', 'no response data, yet the return value is 0 (success)');
    checks.push({ id: 'ndr', outcome: 'pass', detail: `no response data; return value ${response.hresult}` });
    return { status: 'kms-error', error: { code: response.hresult, message: `the host refused the request with ${response.hresult}` }, response, checks, validation: null };
  }
  response.payloadHex = ndr.payload.toString('hex');
  if (ndr.returnValue !== 0) return fail('ndr', `response data with a non-zero return value ${response.hresult}`);
  checks.push({ id: 'ndr', outcome: 'pass', detail: `${ndr.payload.length} bytes of response data, return value 0` });
  const validation = validateKmsResponse(ndr.payload, request);
  checks.push(...validation.checks);
  if (!validation.valid) {
    return { status: 'invalid-response', error: { code: 'INVALID_RESPONSE', message: validation.failure ?? 'the response failed validation' }, response, checks, validation };
  }
  return { status: 'answered', response, checks, validation };
}

/** A count-safe bind to a random interface on its own connection (§2.7: tells py-kms from Windows/vlmcsd). */
async function anyInterfaceCheck(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<NonNullable<ActivationProbeData['anyInterface']>> {
  const interfaceUuid = randomUUID();
  const opened = await PduConnection.connect(address, port, timeoutMs, signal);
  if (!opened.ok) return { interfaceUuid, accepted: null, detail: opened.error.message };
  const { connection } = opened;
  try {
    connection.write(encodeBindPdu({ callId: CALL_ID, contexts: [{ contextId: 0, abstractSyntax: { uuid: interfaceUuid, major: 1, minor: 0 }, transferSyntax: NDR32 }] }));
    const read = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
    if (read.kind !== 'pdu') return { interfaceUuid, accepted: null, detail: readFailure(read, 'reply to the bind', timeoutMs).error.message };
    const judgement = judgeBindReply(read.bytes, { expectedCallId: CALL_ID });
    const accepted = judgement.verdict === 'kms' ? true : judgement.verdict === 'interface-not-supported' ? false : null;
    return { interfaceUuid, accepted, detail: judgement.explanation };
  } finally {
    connection.close();
  }
}

/**
 * Runs the probe. Never throws for network outcomes.
 * @throws SecondRequestError (from the guard) when `send` is true and this run already sent a request.
 * @throws TypeError when `send` is true without a guard — the policy needs one.
 */
export async function probeKmsActivation(options: ActivationProbeOptions): Promise<ActivationProbeResult> {
  const { host, port, timeoutMs, signal, request } = options;
  if (options.send && options.guard === undefined) throw new TypeError('an activation request needs the run\'s RequestGuard');
  const address = options.address ?? host;
  const style = options.bindStyle ?? 'ndr32';
  const timer = startTimer();
  const target: ProbeTarget = { host, port, transport: 'tcp', ...(address !== host && { address }) };
  const data: ActivationProbeData = { phase: 'connect', requestSent: false, bind: null, requestPduHex: null, response: null, checks: [], valid: null, validation: null, latencyMs: null, anyInterface: null };
  let attempts = 0;
  const result = (status: ActivationStatus, error?: ProbeError): ActivationProbeResult => ({
    id: endpointProbeId('kms', host, options.address, port),
    probe: 'kms.activation',
    target,
    status,
    ok: status === 'answered' || status === 'not-sent',
    startedAt: timer.startedAt,
    durationMs: timer.elapsedMs(),
    attempts,
    data,
    ...(error && { error }),
  });

  attempts += 1;
  const opened = await PduConnection.connect(address, port, timeoutMs, signal);
  if (!opened.ok) return result(opened.status === 'ok' ? 'error' : opened.status, opened.error);
  const { connection } = opened;
  let outcome: { status: ActivationStatus; error?: ProbeError };
  try {
    data.phase = 'bind';
    const bound = await bindForNdr32(connection, style, timeoutMs);
    data.bind = bound.evidence;
    data.phase = bound.phase;
    const contextId = bound.evidence.contextId ?? 0;
    data.requestPduHex = encodeRequestPdu({ callId: CALL_ID, contextId, stub: encodeRequestStub(request.payload, 'ndr32') }).toString('hex');
    if (bound.failure) {
      outcome = bound.failure;
    } else if (!options.send) {
      data.phase = 'done';
      outcome = { status: 'not-sent' };
    } else {
      options.guard?.claim(`v${request.version} to ${host}:${port}`);
      const pdu = Buffer.from(data.requestPduHex, 'hex');
      const sentAt = process.hrtime.bigint();
      connection.write(pdu);
      data.requestSent = true;
      data.phase = 'response';
      const { pdus, failure } = await readResponse(connection, timeoutMs);
      data.latencyMs = Math.round(Number(process.hrtime.bigint() - sentAt) / 1e5) / 10;
      if (failure && pdus.length === 0) {
        outcome = failure;
      } else {
        const judged = judgeResponse(pdus, request, contextId);
        data.response = judged.response;
        data.checks = judged.checks;
        data.validation = judged.validation;
        data.valid = !judged.checks.some((check) => check.outcome === 'fail');
        data.phase = 'done';
        outcome = failure ?? { status: judged.status, ...(judged.error && { error: judged.error }) };
      }
    }
  } finally {
    connection.close();
  }
  const bindAccepted = data.bind !== null && data.bind.contextId !== null;
  if (bindAccepted && options.checkAnyInterface !== false && !signal?.aborted) {
    attempts += 1;
    data.anyInterface = await anyInterfaceCheck(address, port, timeoutMs, signal);
  }
  return result(outcome.status, outcome.error);
}
