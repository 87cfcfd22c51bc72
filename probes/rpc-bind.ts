/**
 * RPC bind probe: does the listener on host:port speak DCE/RPC and serve the KMS interface?
 *
 * Count-safe by design: it sends a bind only (shared/kms-protocol.md §0, §8), which never reaches
 * the licensing service, so no client is counted and no event 12290 is written. Every network
 * outcome — refused, silent, garbage, rejected — comes back as a ProbeResult; nothing is thrown.
 */
import { randomUUID } from 'node:crypto';
import { msg } from '../src/catalog/message.js';
import { probeError, reasonText } from '../src/catalog/probe-reason.js';
import { cancelledError } from '../src/core/cancelled-error.js';
import type { ProbeError, ProbeReason, ProbeResult, ProbeStatus, ProbeTarget } from '../src/core/result.js';
import { startTimer } from '../src/core/timing.js';
import { PduConnection } from '../src/kms/pdu-connection.js';
import { encodeBindPdu, MINIMAL_KMS_CONTEXTS } from '../src/rpc/bind-pdu.js';
import { type BindJudgement, type BindVerdict, judgeBindReply, UNANSWERED_VERDICTS } from '../src/rpc/bind-reply.js';
import { COMMON_HEADER_LENGTH, MAX_BIND_REPLY_LENGTH, NDR32, WINDOWS_FIRST_CALL_ID } from '../src/rpc/constants.js';
import { endpointProbeId } from './probe-id.js';

/** Options of {@link probeRpcBind}. */
export interface RpcBindOptions {
  /** The name (or IP literal) the user asked about; used in the id and target. */
  host: string;
  /** The resolved address to connect to; defaults to `host`. */
  address?: string;
  port: number;
  /** Budget for each connection, connect and reply together. */
  timeoutMs: number;
  /** Aborting ends the probe with status `cancelled` (the run's overall deadline). */
  signal?: AbortSignal;
  /** After an accepted bind, bind once more to a random interface to tell genuine/vlmcsd from py-kms. Default true. */
  checkAnyInterface?: boolean;
}

/** How a connected peer said nothing: FIN, RST, or silence until the budget ran out. */
export type RpcSilence = 'closed' | 'reset' | 'timeout';

/** The second bind, to a random interface UUID (§2.7: genuine/vlmcsd answer 2/1, py-kms accepts). */
export interface AnyInterfaceCheck {
  interfaceUuid: string;
  /** Outcome of the second connection, in the same vocabulary as the probe's status. */
  status: ProbeStatus;
  verdict: BindVerdict | null;
  silence: RpcSilence | null;
  anomalies: string[];
  /** `anomalies` as data, one per entry. */
  anomalyReasons: ProbeReason[];
  replyBytes: number;
  replyHex: string;
  sentBytes: string;
}

/** Evidence recorded by the RPC bind probe. Fields that do not apply are null, so the JSON shape is stable. */
export interface RpcBindData {
  /** The judgement of the reply to the KMS bind; null when no reply arrived. */
  verdict: BindVerdict | null;
  /** One sentence explaining the verdict, or why there is none (`explanationReason` rendered). */
  explanation: string | null;
  /** `explanation` as data: a catalog id and its arguments. */
  explanationReason: ProbeReason | null;
  /** `"<kind>: <detail>"` warnings (BIND_ANOMALY_KINDS); a non-Microsoft stack, not a failure. */
  anomalies: string[];
  /** `anomalies` as data (`rpc-anomaly.entry`: the kind and its detail), one per entry. */
  anomalyReasons: ProbeReason[];
  /** Set when the peer connected but never answered. */
  silence: RpcSilence | null;
  /** bind_nak reason. */
  rejectReason: { code: number; name: string } | null;
  /** The bind_ack result for the KMS context. */
  contextResult: { result: number; reason: number; transferSyntax: string } | null;
  /** The call_id the server echoed (2 was sent). */
  callId: number | null;
  assocGroup: number | null;
  secondaryAddress: string | null;
  maxXmitFrag: number | null;
  maxRecvFrag: number | null;
  /** Number of reply bytes kept (at most one PDU). */
  replyBytes: number;
  /** The first ≤64 reply bytes, hex. */
  replyHex: string;
  /** Hex of everything sent on the first connection: one bind, nothing that can count a client. */
  sentBytes: string;
  /** true: accepts any interface (py-kms-like); false: rejects unknown ones (Windows/vlmcsd); null: not tested or inconclusive. */
  acceptsAnyInterface: boolean | null;
  anyInterface: AnyInterfaceCheck | null;
}

const EVIDENCE_BYTES = 64;

/** How one connection ended, before judging. */
type Exchange =
  | { kind: 'failed'; status: ProbeStatus; error: ProbeError; connected: boolean }
  | { kind: 'silence'; silence: RpcSilence }
  /** The reply had begun, and was still coming, when the budget ran out: slowness, not garbage. */
  | { kind: 'partial'; bytes: Buffer }
  | { kind: 'reply'; bytes: Buffer };

/**
 * One connection: connect, send `request`, read one PDU, all within `timeoutMs`. The connection is
 * always closed. A reply that cannot be DCE/RPC (an HTTP or TLS banner) comes back as soon as its
 * first bytes show it, to be judged as such, rather than after the timeout.
 */
async function exchange(address: string, port: number, request: Buffer, timeoutMs: number, signal?: AbortSignal): Promise<Exchange> {
  const budget = startTimer();
  const connect = await PduConnection.connect(address, port, timeoutMs, signal);
  if (!connect.ok) {
    // A reset can only follow a completed handshake (a refused SYN is ECONNREFUSED), so it
    // means "connected, then RST" even when it surfaces as the connect's own error.
    if (connect.status === 'reset') return { kind: 'silence', silence: 'reset' };
    return { kind: 'failed', status: connect.status, error: connect.error, connected: false };
  }
  const { connection } = connect;
  try {
    connection.write(request);
    const read = await connection.readPdu(Math.max(0, timeoutMs - budget.elapsedMs()), MAX_BIND_REPLY_LENGTH);
    switch (read.kind) {
      case 'pdu':
        return { kind: 'reply', bytes: read.bytes };
      case 'junk':
        return { kind: 'reply', bytes: read.bytes.subarray(0, MAX_BIND_REPLY_LENGTH) };
      case 'cancelled':
        return { kind: 'failed', status: 'cancelled', error: read.error, connected: true };
      case 'silence':
        if (read.partial.length === 0) return { kind: 'silence', silence: read.silence };
        // Cut short by the peer: judged (as truncated); cut short by our budget: slowness.
        return read.silence === 'timeout' ? { kind: 'partial', bytes: read.partial } : { kind: 'reply', bytes: read.partial };
    }
  } finally {
    connection.close();
  }
}

/** A connection's outcome in probe terms. */
interface Outcome {
  status: ProbeStatus;
  error?: ProbeError;
  judgement: BindJudgement | null;
  silence: RpcSilence | null;
  reply: Buffer;
  sent: boolean;
}

const SILENCE_ERRORS: Readonly<Record<RpcSilence, (timeoutMs: number) => ProbeError>> = {
  closed: () => probeError('EOF', msg('probe-error.peer-closed', { what: 'bind' })),
  reset: () => probeError('ECONNRESET', msg('probe-error.peer-reset', { what: 'bind' })),
  timeout: (timeoutMs) => probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'bind', timeoutMs })),
};

function statusOf(verdict: BindVerdict): ProbeStatus {
  if (verdict === 'kms') return 'ok';
  if (verdict === 'not-rpc') return 'not-rpc';
  return UNANSWERED_VERDICTS.includes(verdict) ? 'rpc-invalid' : 'rpc-rejected';
}

const ERROR_CODES: Partial<Record<BindVerdict, string>> = { 'not-rpc': 'NOT_RPC', 'bind-nak': 'BIND_NAK', truncated: 'TRUNCATED', 'call-id-mismatch': 'CALL_ID_MISMATCH' };

/** The bytes so far, and how many the header promised when it had arrived. */
function incompleteError(bytes: Buffer, timeoutMs: number): ProbeError {
  const announced = bytes.length >= COMMON_HEADER_LENGTH ? bytes.readUInt16LE(8) : null;
  return probeError('INCOMPLETE', msg('probe-error.incomplete', { what: 'bindReply', timeoutMs, bytes: bytes.length, announced }));
}

function interpret(result: Exchange, callId: number, timeoutMs: number): Outcome {
  const none = Buffer.alloc(0);
  if (result.kind === 'failed') {
    return { status: result.status, error: result.error, judgement: null, silence: null, reply: none, sent: result.connected };
  }
  if (result.kind === 'silence') {
    return { status: 'no-reply', error: SILENCE_ERRORS[result.silence](timeoutMs), judgement: null, silence: result.silence, reply: none, sent: true };
  }
  if (result.kind === 'partial') {
    return { status: 'incomplete', error: incompleteError(result.bytes, timeoutMs), judgement: null, silence: null, reply: result.bytes, sent: true };
  }
  const judgement = judgeBindReply(result.bytes, { expectedCallId: callId });
  const status = statusOf(judgement.verdict);
  const code = ERROR_CODES[judgement.verdict] ?? 'BIND_REJECTED';
  const error = status === 'ok' ? undefined : probeError(code, judgement.explanation);
  return { status, ...(error && { error }), judgement, silence: null, reply: result.bytes, sent: true };
}

function bindRequest(interfaceUuid?: string): Buffer {
  const contexts = interfaceUuid === undefined ? MINIMAL_KMS_CONTEXTS : [{ contextId: 0, abstractSyntax: { uuid: interfaceUuid, major: 1, minor: 0 }, transferSyntax: NDR32 }];
  return encodeBindPdu({ callId: WINDOWS_FIRST_CALL_ID, contexts });
}

function checkOptions(options: RpcBindOptions): void {
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) throw new RangeError(`port ${options.port} is not 1-65535`);
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) throw new RangeError(`timeoutMs ${options.timeoutMs} is not a positive number`);
}

function evidence(outcome: Outcome, request: Buffer): Omit<RpcBindData, 'acceptsAnyInterface' | 'anyInterface'> {
  const j = outcome.judgement;
  const reply = j?.reply ?? null;
  const ack = reply !== null && reply.kind !== 'bind_nak' ? reply : null;
  const r = j?.contextResult ?? null;
  return {
    verdict: j?.verdict ?? null,
    explanation: j ? reasonText(j.explanation) : (outcome.error?.message ?? null),
    explanationReason: j?.explanation ?? outcome.error?.reason ?? null,
    anomalies: (j?.anomalies ?? []).map(reasonText),
    anomalyReasons: j?.anomalies ?? [],
    silence: outcome.silence,
    rejectReason: j?.rejectReason ?? null,
    contextResult: r && { result: r.result, reason: r.reason, transferSyntax: `${r.transferSyntax.uuid} v${r.transferSyntax.major}.${r.transferSyntax.minor}` },
    callId: reply?.header.callId ?? null,
    assocGroup: ack?.assocGroup ?? null,
    secondaryAddress: ack?.secondaryAddress ?? null,
    maxXmitFrag: ack?.maxXmitFrag ?? null,
    maxRecvFrag: ack?.maxRecvFrag ?? null,
    replyBytes: outcome.reply.length,
    replyHex: outcome.reply.subarray(0, EVIDENCE_BYTES).toString('hex'),
    sentBytes: outcome.sent ? request.toString('hex') : '',
  };
}

/**
 * Binds to the KMS interface on `address ?? host`:`port` and judges the reply.
 *
 * Status: `ok` (KMS interface accepted with NDR v2), `rpc-rejected` (bind_ack rejection or
 * bind_nak), `rpc-invalid` (a reply cut short or for another call_id: never an acceptance),
 * `not-rpc` (bytes that are not a DCE/RPC bind reply), `incomplete` (the reply began but was not
 * complete when the budget ran out; the bytes so far are the evidence), `no-reply` (connected,
 * then FIN, RST or silence — see `data.silence`), connect failures as classified by `classifySocketError`
 * (`refused`, `timeout`, `unreachable`, …) and `cancelled` when `signal` aborts.
 * When the bind is accepted, a second connection binds to a random interface (unless
 * `checkAnyInterface` is false) and records `data.acceptsAnyInterface`.
 * @throws RangeError only for invalid options (port, timeout) — never for network outcomes.
 */
export async function probeRpcBind(options: RpcBindOptions): Promise<ProbeResult<RpcBindData>> {
  checkOptions(options);
  const { host, port, timeoutMs, signal } = options;
  const address = options.address ?? host;
  const timer = startTimer();
  const target: ProbeTarget = { host, port, transport: 'tcp', ...(address !== host && { address }) };
  const request = bindRequest();
  // Already aborted: no connection is attempted at all, hence attempts 0.
  const abortedBeforeStart = signal?.aborted === true;
  const outcome: Outcome = abortedBeforeStart
    ? { status: 'cancelled', error: cancelledError(signal), judgement: null, silence: null, reply: Buffer.alloc(0), sent: false }
    : interpret(await exchange(address, port, request, timeoutMs, signal), WINDOWS_FIRST_CALL_ID, timeoutMs);
  let attempts = abortedBeforeStart ? 0 : 1;
  const data: RpcBindData = { ...evidence(outcome, request), acceptsAnyInterface: null, anyInterface: null };

  if (outcome.judgement?.verdict === 'kms' && options.checkAnyInterface !== false && !signal?.aborted) {
    const interfaceUuid = randomUUID();
    const second = bindRequest(interfaceUuid);
    const check = interpret(await exchange(address, port, second, timeoutMs, signal), WINDOWS_FIRST_CALL_ID, timeoutMs);
    attempts += 1;
    const verdict = check.judgement?.verdict ?? null;
    data.acceptsAnyInterface = verdict === 'kms' ? true : verdict === 'interface-not-supported' ? false : null;
    data.anyInterface = {
      interfaceUuid,
      status: check.status,
      verdict,
      silence: check.silence,
      anomalies: (check.judgement?.anomalies ?? []).map(reasonText),
      anomalyReasons: check.judgement?.anomalies ?? [],
      replyBytes: check.reply.length,
      replyHex: check.reply.subarray(0, EVIDENCE_BYTES).toString('hex'),
      sentBytes: check.sent ? second.toString('hex') : '',
    };
  }

  const timedOut = attempts === 1 && (outcome.status === 'timeout' || outcome.status === 'incomplete' || outcome.silence === 'timeout');
  return {
    id: endpointProbeId('rpc', host, options.address, port),
    probe: 'rpc.bind',
    target,
    status: outcome.status,
    ok: outcome.status === 'ok',
    startedAt: timer.startedAt,
    durationMs: timedOut ? timeoutMs : timer.elapsedMs(),
    attempts,
    data,
    ...(outcome.error && { error: outcome.error }),
  };
}
