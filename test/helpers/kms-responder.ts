/**
 * A KMS host stand-in for tests: a real TCP server that binds like the hosts in
 * shared/kms-protocol.md §2.7 and answers KMS v4/v5/v6 requests per §3–§4, written from those facts
 * (no emulator code). It composes the bind_ack encoder of src/lab/rpc-responder.ts with the KMS message
 * code in src/kms/.
 *
 * Knobs stand for hosts met in the field: NDR32-only (Vista/7/2008 R2-era) or NDR64-preferring
 * (Windows 8/2012+) binds, py-kms-like acceptance of any interface, versions a host does not know
 * (0x8007000D), products its key does not cover (0xC004F042), a skewed clock (0xC004F06C), damaged
 * integrity fields, emulator giveaways (fixed HWID, reused IV) and connections that end early.
 * `stats` records every byte and PDU received, so tests can prove what a client sent.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Socket } from 'node:net';
import { KMS_VERSIONS, type KmsVersion } from '../../src/kms/kms-crypto.js';
import { type BaseRequest, dateFromFileTime } from '../../src/kms/message.js';
import { decodeKmsRequest } from '../../src/kms/request.js';
import { buildKmsResponse, WELL_KNOWN_EMULATOR_HWID } from '../../src/kms/response.js';
import { type BindPdu, decodeBindPdu, type ReceivedContext, sameSyntax } from '../../src/rpc/bind-pdu.js';
import { decodeCallPdu, decodeRequestStub, encodeFaultPdu, encodeResponsePdu, encodeResponseStub, type StubSyntax } from '../../src/rpc/call-pdu.js';
import { COMMON_HEADER_LENGTH, CONTEXT_RESULT, KMS_INTERFACE, NDR32, NDR64, PDU_TYPE, PFC, PROVIDER_REASON, WINDOWS_MAX_FRAG } from '../../src/rpc/constants.js';

export { WELL_KNOWN_EMULATOR_HWID };

import { accepted, encodeAck, isBtfn, offers, type ResultElement, rejected, ZERO_SYNTAX } from '../../src/lab/rpc-responder.js';
import { listenTcp } from '../../src/lab/tcp-listener.js';

/** How binds are answered. */
export type KmsRpcStyle = 'ndr32-only' | 'ndr64-preferring' | 'accept-any';

/** HRESULTs a host returns in the stub (§2.10). */
export const KMS_HRESULT = Object.freeze({
  invalidData: 0x8007000d,
  kmsIdMismatch: 0xc004f042,
  invalidTimestamp: 0xc004f06c,
});

/** A plausible ePID: Windows Server 2019 CSVLK on build 17763, en-US, installed 2018-10-24. */
export const DEFAULT_TEST_EPID = '03612-00206-556-123727-03-1033-17763.0000-2972018';

export interface KmsResponderOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default `ndr64-preferring` (a one-context NDR32 bind is still accepted with NDR32). */
  rpc?: KmsRpcStyle;
  /** Versions this host understands; others get 0x8007000D. Default 4, 5, 6. */
  versions?: readonly KmsVersion[];
  /** KMS counted ids the host key does not cover: 0xC004F042. */
  refuseKmsIds?: readonly string[];
  /** The host's clock relative to real time, ms (default 0). */
  clockOffsetMs?: number;
  /** Largest accepted |client − host| time difference, ms (default 4 h). */
  maxSkewMs?: number;
  /** Damage the answer: the MAC/Hash/HMAC, a ciphertext block, or the echoed CMID. */
  corrupt?: 'integrity' | 'ciphertext' | 'cmid';
  /** End the connection early: at once, on the request (after answering the bind), or halfway through the response. */
  closeEarly?: 'on-connect' | 'on-request' | 'mid-response';
  /** ePID to return (default DEFAULT_TEST_EPID). */
  epid?: string;
  /** v6 HWID (default: random per start). */
  hwid?: Uint8Array;
  /** v6: reuse the request IV for the response (an emulator giveaway). */
  reuseRequestIv?: boolean;
  /** Clients already counted for every application (default 0). */
  baseCount?: number;
  /** Fixed current count to report, overriding the counting. */
  fixedCount?: number;
  activationInterval?: number;
  renewalInterval?: number;
  /** Send the response in two fragments. */
  fragmentResponse?: boolean;
}

/** What the responder received, for assertions. */
export interface KmsResponderStats {
  connections: number;
  bytesReceived: number;
  /** Every PDU in arrival order: its type and length. */
  pdus: Array<{ type: number; length: number }>;
  /** Every activation request decoded, with the HRESULT it got (0 = answered). */
  requests: Array<{ version: KmsVersion; base: BaseRequest; hresult: number }>;
}

export interface KmsResponder {
  host: string;
  port: number;
  stats: KmsResponderStats;
  close(): Promise<void>;
}

const FAULT_UNKNOWN_INTERFACE = 0x1c010003;
const FAULT_OPNUM_RANGE = 0x1c010002;
const FAULT_BAD_STUB = 0x000006f7;
const FOUR_HOURS_MS = 4 * 3600 * 1000;

/** Results for a bind or alter_context, and which contexts it binds with which stub syntax. */
function bindResults(style: KmsRpcStyle, pdu: BindPdu): { results: ResultElement[]; bound: Array<[number, StubSyntax]> } {
  const bound: Array<[number, StubSyntax]> = [];
  const isKms = (c: ReceivedContext): boolean => style === 'accept-any' || sameSyntax(c.abstractSyntax, KMS_INTERFACE);
  const preferNdr64 = style === 'ndr64-preferring' && pdu.contexts.some((c) => isKms(c) && offers(c, NDR64));
  const results = pdu.contexts.map((c) => {
    if (c.transferSyntaxes.some(isBtfn)) return { result: CONTEXT_RESULT.negotiateAck, reason: style === 'accept-any' ? 3 : 0x0003, transferSyntax: ZERO_SYNTAX };
    if (!isKms(c)) return rejected(PROVIDER_REASON.abstractSyntaxNotSupported);
    const wanted = preferNdr64 ? NDR64 : NDR32;
    if (!offers(c, wanted)) return rejected(PROVIDER_REASON.proposedTransferSyntaxesNotSupported);
    bound.push([c.contextId, wanted === NDR64 ? 'ndr64' : 'ndr32']);
    return accepted(wanted);
  });
  return { results, bound };
}

/** Starts a KMS responder on `host:port`. */
export async function startKmsResponder(options: KmsResponderOptions = {}): Promise<KmsResponder> {
  const { host = '127.0.0.1', port = 0, rpc = 'ndr64-preferring' } = options;
  const versions = options.versions ?? KMS_VERSIONS;
  const refused = new Set((options.refuseKmsIds ?? []).map((id) => id.toLowerCase()));
  const hwid = Buffer.from(options.hwid ?? randomBytes(8));
  const epid = options.epid ?? DEFAULT_TEST_EPID;
  const stats: KmsResponderStats = { connections: 0, bytesReceived: 0, pdus: [], requests: [] };
  const counted = new Map<string, Set<string>>();
  let highestN = 0;

  /** The HRESULT for a request, or 0 to answer it. */
  const decide = (version: KmsVersion, base: BaseRequest): number => {
    if (!versions.includes(version)) return KMS_HRESULT.invalidData;
    const clientTime = dateFromFileTime(base.timestamp);
    const hostTime = Date.now() + (options.clockOffsetMs ?? 0);
    if (clientTime === null || Math.abs(clientTime.getTime() - hostTime) > (options.maxSkewMs ?? FOUR_HOURS_MS)) return KMS_HRESULT.invalidTimestamp;
    if (refused.has(base.kmsCountedId.toLowerCase())) return KMS_HRESULT.kmsIdMismatch;
    return 0;
  };

  /** The current count after adding this CMID: distinct CMIDs per application, capped at twice the highest N seen. */
  const count = (base: BaseRequest): number => {
    if (options.fixedCount !== undefined) return options.fixedCount;
    const app = base.applicationId.toLowerCase();
    const set = counted.get(app) ?? new Set<string>();
    set.add(base.cmid.toLowerCase());
    counted.set(app, set);
    highestN = Math.max(highestN, base.minimumCount);
    return Math.min((options.baseCount ?? 0) + set.size, 2 * highestN);
  };

  const activation = (payload: Buffer): { payload: Buffer | null; returnValue: number } => {
    const decoded = decodeKmsRequest(payload);
    if (!decoded.ok) return { payload: null, returnValue: KMS_HRESULT.invalidData };
    const { request } = decoded;
    const hresult = decide(request.version, request.base);
    stats.requests.push({ version: request.version, base: request.base, hresult });
    if (hresult !== 0) return { payload: null, returnValue: hresult };
    return {
      returnValue: 0,
      payload: buildKmsResponse({
        request,
        epid,
        currentCount: count(request.base),
        activationInterval: options.activationInterval ?? 120,
        renewalInterval: options.renewalInterval ?? 10_080,
        hwid,
        ...(options.reuseRequestIv && request.iv ? { responseIv: request.iv } : {}),
        ...(options.corrupt ? { corrupt: options.corrupt } : {}),
      }),
    };
  };

  const serve = (socket: Socket): void => {
    const contexts = new Map<number, StubSyntax>();
    let assocGroup = 0;
    const portText = Buffer.from(`${socket.localPort ?? port}\0`, 'latin1');
    let pending = Buffer.alloc(0);
    const answer = (pdu: Buffer): Buffer[] | 'close' | 'reset' => {
      const type = pdu[2] ?? 0;
      const callId = pdu.readUInt32LE(12);
      if (type === PDU_TYPE.bind || type === PDU_TYPE.alterContext) {
        const decoded = decodeBindPdu(pdu);
        if (!decoded.ok) return 'reset';
        const isBind = type === PDU_TYPE.bind;
        if (isBind) contexts.clear();
        if (isBind || assocGroup === 0) assocGroup = rpc === 'accept-any' ? 0x1063bf3f : randomInt(1, 2 ** 31);
        const { results, bound } = bindResults(rpc, decoded.pdu);
        for (const [id, syntax] of bound) contexts.set(id, syntax);
        const portAsAddress = isBind ? portText : Buffer.alloc(0);
        return [
          encodeAck({
            type: isBind ? PDU_TYPE.bindAck : PDU_TYPE.alterContextResp,
            flags: PFC.firstFrag | PFC.lastFrag | (isBind ? decoded.pdu.header.flags & PFC.concMpx : 0),
            callId,
            maxXmitFrag: Math.min(WINDOWS_MAX_FRAG, decoded.pdu.maxRecvFrag),
            maxRecvFrag: Math.min(WINDOWS_MAX_FRAG, decoded.pdu.maxXmitFrag),
            assocGroup,
            secondaryAddress: portAsAddress,
            padFill: isBind ? Buffer.alloc(4) : portText, // alter_context_resp pads keep garbage, as on Windows (§2.9)
            results,
          }),
        ];
      }
      if (type !== PDU_TYPE.request) return [encodeFaultPdu({ callId, contextId: 0, status: 0x1c01000b })];
      if (options.closeEarly === 'on-request') return 'close';
      const decoded = decodeCallPdu(pdu);
      if (!decoded.ok || decoded.pdu.kind !== 'request') return 'reset';
      const { contextId, opnum, stub } = decoded.pdu;
      const syntax = contexts.get(contextId);
      if (syntax === undefined) return [encodeFaultPdu({ callId, contextId, status: FAULT_UNKNOWN_INTERFACE })];
      if (opnum !== 0) return [encodeFaultPdu({ callId, contextId, status: FAULT_OPNUM_RANGE })];
      const request = decodeRequestStub(stub, syntax);
      if (!request.ok) return [encodeFaultPdu({ callId, contextId, status: FAULT_BAD_STUB })];
      const responseStub = encodeResponseStub(activation(request.payload), syntax);
      if (!options.fragmentResponse) return [encodeResponsePdu({ callId, contextId, stub: responseStub })];
      const half = Math.floor(responseStub.length / 2);
      return [
        encodeResponsePdu({ callId, contextId, stub: responseStub.subarray(0, half), allocHint: responseStub.length, flags: PFC.firstFrag }),
        encodeResponsePdu({ callId, contextId, stub: responseStub.subarray(half), allocHint: responseStub.length - half, flags: PFC.lastFrag }),
      ];
    };
    socket.on('data', (chunk: Buffer) => {
      stats.bytesReceived += chunk.length;
      pending = Buffer.concat([pending, chunk]);
      while (pending.length > 0) {
        const junk = pending[0] !== 5 || (pending.length >= 2 && pending[1] !== 0);
        const fragLength = pending.length >= COMMON_HEADER_LENGTH ? pending.readUInt16LE(8) : null;
        if (junk || (fragLength !== null && (fragLength < COMMON_HEADER_LENGTH || fragLength > WINDOWS_MAX_FRAG))) {
          socket.resetAndDestroy();
          return;
        }
        if (fragLength === null || pending.length < fragLength) return;
        const pdu = pending.subarray(0, fragLength);
        pending = pending.subarray(fragLength);
        stats.pdus.push({ type: pdu[2] ?? 0, length: pdu.length });
        const reply = answer(pdu);
        if (reply === 'reset') {
          socket.resetAndDestroy();
          return;
        }
        if (reply === 'close') {
          socket.end();
          return;
        }
        const isResponse = reply[0]?.[2] === PDU_TYPE.response;
        if (isResponse && options.closeEarly === 'mid-response') {
          const bytes = Buffer.concat(reply);
          socket.end(bytes.subarray(0, Math.floor(bytes.length / 2)));
          return;
        }
        for (const part of reply) socket.write(part);
      }
    });
  };

  const listener = await listenTcp(host, port, (socket) => {
    stats.connections += 1;
    socket.setNoDelay(true);
    if (options.closeEarly === 'on-connect') {
      socket.on('data', (chunk: Buffer) => {
        stats.bytesReceived += chunk.length;
      });
      socket.end();
      return;
    }
    serve(socket);
  });
  return { ...listener, stats };
}

/** Runs `use` against a fresh responder, closing it afterwards whether `use` passed or threw. */
export async function withKmsResponder<T>(options: KmsResponderOptions, use: (responder: KmsResponder) => Promise<T>): Promise<T> {
  const responder = await startKmsResponder(options);
  try {
    return await use(responder);
  } finally {
    await responder.close();
  }
}
