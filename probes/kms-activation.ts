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
import { type Message, msg } from '../src/catalog/message.js';
import { probeError, reasonText } from '../src/catalog/probe-reason.js';
import type { ProbeError, ProbeReason, ProbeStatus, ProbeTarget } from '../src/core/result.js';
import { startTimer } from '../src/core/timing.js';
import { PduConnection, type PduRead } from '../src/kms/pdu-connection.js';
import type { RequestGuard } from '../src/kms/policy.js';
import type { BuiltRequest } from '../src/kms/request.js';
import { type CheckOutcome, validateKmsResponse } from '../src/kms/response.js';
import { encodeBindPdu, MINIMAL_KMS_CONTEXTS, sameSyntax, WINDOWS_STYLE_KMS_CONTEXTS } from '../src/rpc/bind-pdu.js';
import { type BindAckReply, type ContextResult, decodeBindReply, describeContextResult, judgeBindReply, UNANSWERED_VERDICTS } from '../src/rpc/bind-reply.js';
import { decodeCallPdu, decodeResponseStub, encodeRequestPdu, encodeRequestStub, faultStatusName } from '../src/rpc/call-pdu.js';
import { CONTEXT_RESULT, contextReasonName, contextResultName, MAX_BIND_REPLY_LENGTH, NDR32, NDR64, PFC, WINDOWS_FIRST_CALL_ID } from '../src/rpc/constants.js';
import { activationProbeId } from './probe-id.js';

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
  /** `detail` as data, for the checks this probe words through the catalog. */
  detailReason?: ProbeReason;
}

export interface BindEvidence {
  style: BindStyle;
  sentHex: string;
  replyHex: string | null;
  /** One line per offered context: what the host said. */
  results: Array<{ contextId: number; offered: string; result: string; acceptedSyntax: string | null }>;
  explanation: string | null;
  /** `explanation` as data: a catalog id and its arguments. */
  explanationReason: ProbeReason | null;
  anomalies: string[];
  /** `anomalies` as data, one per entry. */
  anomalyReasons: ProbeReason[];
  assocGroup: number | null;
  /** For the windows style: how the host chose between NDR32 and NDR64 (a heuristic fingerprint, §2.11). */
  fingerprint: string | null;
  /** `fingerprint` as data. */
  fingerprintReason: ProbeReason | null;
  alterContext: { sentHex: string; replyHex: string | null; accepted: boolean; explanation: string; explanationReason: ProbeReason } | null;
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
  /** `anomalies` as data, one per entry. */
  anomalyReasons: ProbeReason[];
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
  anyInterface: { interfaceUuid: string; accepted: boolean | null; detail: string; detailReason: ProbeReason } | null;
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

/** A context result in the bind table: codes and [C706]'s names, no sentence. */
function describeResult(r: ContextResult): string {
  return `${r.result}/${r.reason} (${contextResultName(r.result)}: ${contextReasonName(r.result, r.reason)})`;
}

/** A sentence recorded twice: English for the JSON field, and as data for the report's language. */
function described(reason: ProbeReason): { detail: string; detailReason: ProbeReason } {
  return { detail: reasonText(reason as Message), detailReason: reason };
}

/** How a Windows-style bind's answer compares with Windows hosts (§2.11): a heuristic, recorded as data. */
function setFingerprint(evidence: BindEvidence, kind: 'both' | 'ndr32Only' | 'ndr64Only'): void {
  const reason = msg('probe-check.fingerprint', { kind });
  evidence.fingerprint = reasonText(reason);
  evidence.fingerprintReason = reason;
}

/** Which reply a read waited for: a select key of the catalog's probe-error templates. */
type AwaitedPdu = 'bindReply' | 'alterContext' | 'response' | 'fragment';

function silenceError(read: Extract<PduRead, { kind: 'silence' }>, what: AwaitedPdu, timeoutMs: number): ProbeError {
  if (read.partial.length > 0) return probeError('TRUNCATED', msg('probe-error.cut-short', { what, bytes: read.partial.length }));
  if (read.silence === 'closed') return probeError('EOF', msg('probe-error.peer-closed', { what }));
  if (read.silence === 'reset') return probeError('ECONNRESET', msg('probe-error.peer-reset', { what }));
  return probeError('ETIMEDOUT', msg('probe-error.timeout', { what, timeoutMs }));
}

/** A failed read as a status and error: bytes that stopped coming are slowness, bytes cut off by the peer a broken reply. */
function readFailure(read: Exclude<PduRead, { kind: 'pdu' }>, what: AwaitedPdu, timeoutMs: number): { status: ActivationStatus; error: ProbeError } {
  if (read.kind === 'cancelled') return { status: 'cancelled', error: read.error };
  if (read.kind === 'junk') return { status: 'not-rpc', error: probeError('NOT_RPC', msg('probe-error.not-rpc', { what, cause: read.reason })) };
  if (read.partial.length > 0 && read.silence === 'timeout') {
    return { status: 'incomplete', error: probeError('INCOMPLETE', msg('probe-error.incomplete', { what, timeoutMs, bytes: read.partial.length, announced: null })) };
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
    style,
    sentHex: bind.toString('hex'),
    replyHex: null,
    results: [],
    explanation: null,
    explanationReason: null,
    anomalies: [],
    anomalyReasons: [],
    assocGroup: null,
    fingerprint: null,
    fingerprintReason: null,
    alterContext: null,
    contextId: null,
  };
  connection.write(bind);
  const read = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
  if (read.kind !== 'pdu') {
    if (read.kind === 'junk') evidence.replyHex = read.bytes.subarray(0, 64).toString('hex');
    return { evidence, failure: readFailure(read, 'bindReply', timeoutMs), phase: 'bind' };
  }
  evidence.replyHex = read.bytes.toString('hex');
  const judgement = judgeBindReply(read.bytes, { expectedCallId: CALL_ID, offeredContexts: contexts.length });
  evidence.anomalies = judgement.anomalies.map(reasonText);
  evidence.anomalyReasons = judgement.anomalies;
  evidence.explanation = reasonText(judgement.explanation);
  evidence.explanationReason = judgement.explanation;
  if (UNANSWERED_VERDICTS.includes(judgement.verdict)) {
    return {
      evidence,
      failure: { status: 'rpc-invalid', error: probeError(judgement.verdict === 'truncated' ? 'TRUNCATED' : 'CALL_ID_MISMATCH', judgement.explanation) },
      phase: 'bind',
    };
  }
  const decoded = decodeBindReply(read.bytes);
  if (!decoded.ok || (judgement.verdict === 'not-rpc' && judgement.reply?.kind !== 'bind_ack')) {
    return { evidence, failure: { status: 'not-rpc', error: probeError('NOT_RPC', judgement.explanation) }, phase: 'bind' };
  }
  const reply = decoded.reply;
  if (reply.kind === 'bind_nak') {
    return { evidence, failure: { status: 'rpc-rejected', error: probeError('BIND_NAK', judgement.explanation) }, phase: 'bind' };
  }
  if (reply.kind !== 'bind_ack') {
    return { evidence, failure: { status: 'not-rpc', error: probeError('NOT_RPC', msg('rpc-reply.not-bind-reply', { pdu: reply.kind })) }, phase: 'bind' };
  }
  evidence.assocGroup = reply.assocGroup;
  evidence.results = resultRows(reply, contexts);
  const accepted = (index: number, syntax: typeof NDR32): boolean => {
    const r = reply.results[index];
    return r !== undefined && r.result === CONTEXT_RESULT.acceptance && sameSyntax(r.transferSyntax, syntax);
  };
  if (accepted(0, NDR32)) {
    evidence.contextId = 0;
    if (style === 'windows') setFingerprint(evidence, accepted(1, NDR64) ? 'both' : 'ndr32Only');
    return { evidence, failure: null, phase: 'request' };
  }
  if (style === 'windows' && accepted(1, NDR64)) {
    setFingerprint(evidence, 'ndr64Only');
    const alter = encodeBindPdu({ callId: CALL_ID, contexts: MINIMAL_KMS_CONTEXTS, flags: BIND_FLAGS, type: 'alter_context', assocGroup: 0 });
    connection.write(alter);
    const alterRead = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
    if (alterRead.kind !== 'pdu') {
      const none = msg('probe-error.no-alter-context-resp');
      evidence.alterContext = { sentHex: alter.toString('hex'), replyHex: null, accepted: false, explanation: reasonText(none), explanationReason: none };
      return { evidence, failure: readFailure(alterRead, 'alterContext', timeoutMs), phase: 'alter-context' };
    }
    const alterDecoded = decodeBindReply(alterRead.bytes);
    const alterReply = alterDecoded.ok && alterDecoded.reply.kind === 'alter_context_resp' ? alterDecoded.reply : null;
    const first = alterReply?.results[0];
    const otherCall = alterReply !== null && alterReply.header.callId !== CALL_ID;
    const ok = !otherCall && first !== undefined && first.result === CONTEXT_RESULT.acceptance && sameSyntax(first.transferSyntax, NDR32);
    const explanation: Message =
      alterReply === null
        ? alterDecoded.ok
          ? msg('probe-error.alter-context-other-pdu', { pdu: alterDecoded.reply.kind })
          : alterDecoded.reason
        : otherCall
          ? msg('probe-error.alter-context-other-call', { callId: alterReply.header.callId, expected: CALL_ID })
          : first
            ? describeContextResult(first)
            : msg('rpc-reply.no-result');
    evidence.alterContext = {
      sentHex: alter.toString('hex'),
      replyHex: alterRead.bytes.toString('hex'),
      accepted: ok,
      explanation: reasonText(explanation),
      explanationReason: explanation,
    };
    if (!ok) {
      const status: ActivationStatus = alterReply === null ? 'not-rpc' : 'rpc-rejected';
      return {
        evidence,
        failure: { status, error: probeError('ALTER_CONTEXT_REJECTED', msg('probe-error.alter-context-refused', { cause: explanation })) },
        phase: 'alter-context',
      };
    }
    evidence.contextId = 0;
    return { evidence, failure: null, phase: 'request' };
  }
  const first = reply.results[0];
  const code = judgement.verdict === 'interface-not-supported' ? 'INTERFACE_NOT_SUPPORTED' : 'BIND_REJECTED';
  return {
    evidence,
    failure: {
      status: 'rpc-rejected',
      error: probeError(code, first ? msg('probe-error.context-not-accepted', { result: describeContextResult(first) }) : msg('rpc-reply.no-result')),
    },
    phase: 'bind',
  };
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
        return { pdus, failure: { status: 'incomplete', error: probeError('INCOMPLETE', msg('probe-error.incomplete-response', { timeoutMs, fragments: fragment, bytes })) } };
      }
      return { pdus, failure: readFailure(read, fragment === 0 ? 'response' : 'fragment', timeoutMs) };
    }
    pdus.push(read.bytes);
    const flags = read.bytes[3] ?? 0;
    const type = read.bytes[2];
    if (type !== 2 || (flags & PFC.lastFrag) !== 0) return { pdus, failure: null };
  }
  return { pdus, failure: { status: 'invalid-response', error: probeError('TOO_MANY_FRAGMENTS', msg('probe-error.too-many-fragments', { max: MAX_FRAGMENTS })) } };
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
  const response: ResponseEvidence = {
    pduHex: Buffer.concat(pdus).toString('hex'),
    fragments: pdus.length,
    fault: null,
    hresult: null,
    payloadHex: null,
    anomalies: [],
    anomalyReasons: [],
  };
  const anomaly = (reason: Message): void => {
    response.anomalies.push(reasonText(reason));
    response.anomalyReasons.push(reason);
  };
  const checks: ActivationCheck[] = [];
  const fail = (id: string, detail: Message, status: ActivationStatus = 'invalid-response'): Judged => {
    checks.push({ id, outcome: 'fail', detail: reasonText(detail), detailReason: detail });
    return {
      status,
      error: probeError(status === 'not-rpc' ? 'NOT_RPC' : 'INVALID_RESPONSE', msg('probe-error.check-failed', { check: id, detail })),
      response,
      checks,
      validation: null,
    };
  };
  const pass = (id: string, detail: Message): void => {
    checks.push({ id, outcome: 'pass', detail: reasonText(detail), detailReason: detail });
  };
  const stubs: Buffer[] = [];
  let allocHint = 0;
  for (const [index, bytes] of pdus.entries()) {
    const decoded = decodeCallPdu(bytes);
    if (!decoded.ok) return fail('rpc-pdu', decoded.reason, 'not-rpc');
    const pdu = decoded.pdu;
    if (pdu.kind === 'fault') {
      response.fault = { status: hex32(pdu.status), name: faultStatusName(pdu.status) };
      return { status: 'rpc-fault', error: probeError('RPC_FAULT', msg('probe-error.rpc-fault', { fault: faultStatusName(pdu.status) })), response, checks, validation: null };
    }
    if (pdu.kind !== 'response') return fail('rpc-pdu', msg('probe-check.not-response', { type: pdu.header.type }), 'not-rpc');
    if (index === 0 && (pdu.header.flags & PFC.firstFrag) === 0) return fail('rpc-pdu', msg('probe-check.no-first-frag'));
    if (pdu.header.callId !== CALL_ID) return fail('rpc-call-id', msg('probe-check.other-id', { field: 'call_id', got: pdu.header.callId, sent: CALL_ID }));
    if (pdu.contextId !== contextId) return fail('rpc-context', msg('probe-check.other-id', { field: 'p_cont_id', got: pdu.contextId, sent: contextId }));
    if (pdu.header.drep.some((b, i) => b !== [0x10, 0, 0, 0][i])) anomaly(msg('rpc-anomaly.drep', { drep: pdu.header.drep.map((b) => b.toString(16).padStart(2, '0')).join(' ') }));
    if (pdu.header.authLength !== 0) anomaly(msg('rpc-anomaly.auth-length', { authLength: pdu.header.authLength, call: true }));
    if (pdu.cancelCount !== 0) anomaly(msg('rpc-anomaly.cancel-count', { count: pdu.cancelCount }));
    if (index === 0) allocHint = pdu.allocHint;
    stubs.push(pdu.stub);
  }
  const stub = Buffer.concat(stubs);
  if (allocHint !== 0 && allocHint !== stub.length) anomaly(msg('rpc-anomaly.alloc-hint', { hint: allocHint, bytes: stub.length }));
  if (pdus.length > 1) anomaly(msg('rpc-anomaly.fragments', { fragments: pdus.length }));
  pass('rpc', msg('probe-check.rpc-pass', { callId: CALL_ID, contextId }));
  const ndr = decodeResponseStub(stub, 'ndr32');
  if (!ndr.ok) return fail('ndr', ndr.reason);
  for (const found of ndr.anomalies) anomaly(found);
  response.hresult = hex32(ndr.returnValue);
  if (ndr.payload === null) {
    if (ndr.returnValue === 0) return fail('ndr', msg('probe-check.ndr-empty-success'));
    pass('ndr', msg('probe-check.ndr-empty', { hresult: response.hresult }));
    return { status: 'kms-error', error: probeError(response.hresult, msg('probe-error.kms-refused', { hresult: response.hresult })), response, checks, validation: null };
  }
  response.payloadHex = ndr.payload.toString('hex');
  if (ndr.returnValue !== 0) return fail('ndr', msg('probe-check.ndr-data-error', { hresult: response.hresult }));
  pass('ndr', msg('probe-check.ndr-pass', { bytes: ndr.payload.length }));
  const validation = validateKmsResponse(ndr.payload, request);
  checks.push(...validation.checks);
  if (!validation.valid) {
    return {
      status: 'invalid-response',
      error: probeError('INVALID_RESPONSE', msg('probe-error.validation-failed', { failure: validation.failure })),
      response,
      checks,
      validation,
    };
  }
  return { status: 'answered', response, checks, validation };
}

/** A count-safe bind to a random interface on its own connection (§2.7: tells py-kms from Windows/vlmcsd). */
async function anyInterfaceCheck(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<NonNullable<ActivationProbeData['anyInterface']>> {
  const interfaceUuid = randomUUID();
  const opened = await PduConnection.connect(address, port, timeoutMs, signal);
  if (!opened.ok) return { interfaceUuid, accepted: null, ...described(opened.error.reason ?? msg('probe-error.system', { detail: opened.error.message })) };
  const { connection } = opened;
  try {
    connection.write(encodeBindPdu({ callId: CALL_ID, contexts: [{ contextId: 0, abstractSyntax: { uuid: interfaceUuid, major: 1, minor: 0 }, transferSyntax: NDR32 }] }));
    const read = await connection.readPdu(timeoutMs, MAX_BIND_REPLY_LENGTH);
    if (read.kind !== 'pdu') {
      const failed = readFailure(read, 'bindReply', timeoutMs).error;
      return { interfaceUuid, accepted: null, ...described(failed.reason ?? msg('probe-error.system', { detail: failed.message })) };
    }
    const judgement = judgeBindReply(read.bytes, { expectedCallId: CALL_ID });
    const accepted = judgement.verdict === 'kms' ? true : judgement.verdict === 'interface-not-supported' ? false : null;
    return { interfaceUuid, accepted, ...described(judgement.explanation) };
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
  if (options.send && options.guard === undefined) throw new TypeError("an activation request needs the run's RequestGuard");
  const address = options.address ?? host;
  const style = options.bindStyle ?? 'ndr32';
  const timer = startTimer();
  const target: ProbeTarget = { host, port, transport: 'tcp', ...(address !== host && { address }) };
  const data: ActivationProbeData = {
    phase: 'connect',
    requestSent: false,
    bind: null,
    requestPduHex: null,
    response: null,
    checks: [],
    valid: null,
    validation: null,
    latencyMs: null,
    anyInterface: null,
  };
  let attempts = 0;
  const result = (status: ActivationStatus, error?: ProbeError): ActivationProbeResult => ({
    id: activationProbeId(host, options.address, port),
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
