/**
 * A KMS-like DCE/RPC responder for the lab: a real TCP server that answers binds the way the
 * hosts in shared/kms-protocol.md §2.7–§2.11 do, written from those facts (no emulator code).
 * It implements the bind and alter_context only; it never performs an activation.
 */
import { randomInt } from 'node:crypto';
import type { Socket } from 'node:net';
import { type BindPdu, decodeBindPdu, type ReceivedContext, sameSyntax, writeCommonHeader, writeSyntaxId } from '../rpc/bind-pdu.js';
import {
  BTFN_UUID_PREFIX,
  COMMON_HEADER_LENGTH,
  CONTEXT_RESULT,
  KMS_INTERFACE,
  NDR32,
  NDR64,
  PDU_TYPE,
  PFC,
  PROVIDER_REASON,
  type SyntaxId,
  WINDOWS_MAX_FRAG,
} from '../rpc/constants.js';
import { listenTcp } from './tcp-listener.js';

/** How the responder behaves; each mode stands for a kind of server met in the field. */
export type RpcResponderMode =
  | 'genuine' // Windows 8/2012+ (and vlmcsd default): KMS interface only, prefers NDR64
  | 'accept-any' // py-kms: accepts a bind for any interface UUID
  | 'nak' // refuses every association with a bind_nak
  | 'garbage' // not RPC at all: an HTTP 400, then FIN
  | 'silent' // accepts the connection and never answers
  | 'close' // accepts and closes at once (FIN)
  | 'reset'; // accepts and resets (RST)

/** Every mode, for argument parsing. */
export const RPC_RESPONDER_MODES: readonly RpcResponderMode[] = ['genuine', 'accept-any', 'nak', 'garbage', 'silent', 'close', 'reset'];

/** Options of {@link startRpcResponder}. */
export interface RpcResponderOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: the OS picks a free port. */
  port?: number;
  mode: RpcResponderMode;
  /** `provider_reject_reason` in `nak` mode; default 4 (protocol version not supported). */
  nakReason?: number;
}

/** A running responder. */
export interface RpcResponder {
  host: string;
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

/** Largest PDU accepted from a client; a KMS bind is 160 bytes at most, a KMS request ~300. */
const MAX_CLIENT_PDU = WINDOWS_MAX_FRAG;
/** py-kms answers every bind with this association group. */
const PY_KMS_ASSOC_GROUP = 0x1063bf3f;
/** Status a Microsoft stack puts in a fault for a call on a context it does not serve (nca_unk_if). */
const FAULT_UNKNOWN_INTERFACE = 0x1c010003;
const HTTP_400 = 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';
/** The transfer syntax of a result that takes none (a rejection, a negotiate-ack). */
export const ZERO_SYNTAX: SyntaxId = { uuid: '00000000-0000-0000-0000-000000000000', major: 0, minor: 0 };

export interface ResultElement {
  result: number;
  reason: number;
  transferSyntax: SyntaxId;
}

// The pieces of a bind answer, shared with the test KMS host (test/helpers/kms-responder.ts).
/** A bind-time feature negotiation (BTFN) pseudo-syntax, not a transfer syntax to take. */
export const isBtfn = (s: SyntaxId): boolean => s.uuid.toLowerCase().startsWith(BTFN_UUID_PREFIX);
export const offers = (context: ReceivedContext, syntax: SyntaxId): boolean => context.transferSyntaxes.some((s) => sameSyntax(s, syntax));
export const rejected = (reason: number): ResultElement => ({ result: CONTEXT_RESULT.providerRejection, reason, transferSyntax: ZERO_SYNTAX });
export const accepted = (syntax: SyntaxId): ResultElement => ({ result: CONTEXT_RESULT.acceptance, reason: 0, transferSyntax: syntax });

/**
 * A Windows 8/2012+ host: the KMS interface only; when the PDU offers NDR64 for it anywhere, NDR64 is
 * taken and NDR32 refused (2/2), otherwise NDR32 is taken. BTFN gets negotiate-ack 0x0003.
 */
function genuineResults(pdu: BindPdu): ResultElement[] {
  const kms = (c: ReceivedContext): boolean => sameSyntax(c.abstractSyntax, KMS_INTERFACE);
  const preferNdr64 = pdu.contexts.some((c) => kms(c) && offers(c, NDR64));
  return pdu.contexts.map((c) => {
    if (c.transferSyntaxes.some(isBtfn)) return { result: CONTEXT_RESULT.negotiateAck, reason: 0x0003, transferSyntax: ZERO_SYNTAX };
    if (!kms(c)) return rejected(PROVIDER_REASON.abstractSyntaxNotSupported);
    const wanted = preferNdr64 ? NDR64 : NDR32;
    return offers(c, wanted) ? accepted(wanted) : rejected(PROVIDER_REASON.proposedTransferSyntaxesNotSupported);
  });
}

/** py-kms: never looks at the interface; takes NDR32, refuses anything else, BTFN gets 3/3. */
function acceptAnyResults(pdu: BindPdu): ResultElement[] {
  return pdu.contexts.map((c) => {
    if (c.transferSyntaxes.some(isBtfn)) return { result: CONTEXT_RESULT.negotiateAck, reason: 3, transferSyntax: ZERO_SYNTAX };
    return offers(c, NDR32) ? accepted(NDR32) : rejected(PROVIDER_REASON.proposedTransferSyntaxesNotSupported);
  });
}

/** bind_ack or alter_context_resp. `padFill` supplies the pad bytes after the secondary address. */
export function encodeAck(fields: {
  type: number;
  flags: number;
  callId: number;
  maxXmitFrag: number;
  maxRecvFrag: number;
  assocGroup: number;
  secondaryAddress: Buffer;
  padFill: Buffer;
  results: ResultElement[];
}): Buffer {
  const addressEnd = 26 + fields.secondaryAddress.length;
  const pad = (4 - (addressEnd % 4)) % 4;
  const resultsAt = addressEnd + pad + 4;
  const pdu = Buffer.alloc(resultsAt + 24 * fields.results.length);
  writeCommonHeader(pdu, { type: fields.type, flags: fields.flags, fragLength: pdu.length, callId: fields.callId });
  pdu.writeUInt16LE(fields.maxXmitFrag, 16);
  pdu.writeUInt16LE(fields.maxRecvFrag, 18);
  pdu.writeUInt32LE(fields.assocGroup, 20);
  pdu.writeUInt16LE(fields.secondaryAddress.length, 24);
  fields.secondaryAddress.copy(pdu, 26);
  fields.padFill.copy(pdu, addressEnd, 0, pad);
  pdu[addressEnd + pad] = fields.results.length;
  fields.results.forEach((r, i) => {
    const at = resultsAt + 24 * i;
    pdu.writeUInt16LE(r.result, at);
    pdu.writeUInt16LE(r.reason, at + 2);
    writeSyntaxId(pdu, at + 4, r.transferSyntax);
  });
  return pdu;
}

/** bind_nak offering protocol version 5.0, padded to 4 bytes. */
function encodeNak(callId: number, reason: number): Buffer {
  const pdu = Buffer.alloc(24);
  writeCommonHeader(pdu, { type: PDU_TYPE.bindNak, flags: PFC.firstFrag | PFC.lastFrag, fragLength: pdu.length, callId });
  pdu.writeUInt16LE(reason, 16);
  pdu[18] = 1; // n_protocols
  pdu[19] = 5; // major
  pdu[20] = 0; // minor
  return pdu;
}

/** 32-byte fault for any PDU this responder does not serve (requests included: it never activates). */
function encodeFault(callId: number, contextId: number): Buffer {
  const pdu = Buffer.alloc(32);
  writeCommonHeader(pdu, { type: PDU_TYPE.fault, flags: PFC.firstFrag | PFC.lastFrag | PFC.didNotExecute, fragLength: 32, callId });
  pdu.writeUInt16LE(contextId, 20);
  pdu.writeUInt32LE(FAULT_UNKNOWN_INTERFACE, 24);
  return pdu;
}

/** Answers the RPC PDUs of one connection; returns null when the bytes are junk and the connection should be reset. */
function rpcConnection(mode: 'genuine' | 'accept-any' | 'nak', port: number, nakReason: number): (pdu: Buffer) => Buffer | null {
  let assocGroup = 0;
  const portText = Buffer.from(`${port}\0`, 'latin1');
  return (pdu) => {
    const type = pdu[2];
    const callId = pdu.readUInt32LE(12);
    if (type !== PDU_TYPE.bind && type !== PDU_TYPE.alterContext) {
      return encodeFault(callId, pdu.length >= 22 ? pdu.readUInt16LE(20) : 0);
    }
    const decoded = decodeBindPdu(pdu);
    if (!decoded.ok) return null;
    const bind = decoded.pdu;
    if (mode === 'nak') return type === PDU_TYPE.bind ? encodeNak(callId, nakReason) : encodeFault(callId, 0);
    const isBind = type === PDU_TYPE.bind;
    if (isBind || assocGroup === 0) assocGroup = mode === 'accept-any' ? PY_KMS_ASSOC_GROUP : randomInt(1, 2 ** 31);
    const echoMpx = bind.header.flags & PFC.concMpx;
    return encodeAck({
      type: isBind ? PDU_TYPE.bindAck : PDU_TYPE.alterContextResp,
      flags: PFC.firstFrag | PFC.lastFrag | (mode === 'accept-any' ? PFC.concMpx : isBind ? echoMpx : 0),
      callId,
      maxXmitFrag: Math.min(WINDOWS_MAX_FRAG, bind.maxRecvFrag),
      maxRecvFrag: Math.min(WINDOWS_MAX_FRAG, bind.maxXmitFrag),
      assocGroup,
      // alter_context_resp has no secondary address; its 2 pad bytes keep leftovers of the port
      // text, as Windows and vlmcsd leave buffer garbage there, so clients that check pads fail here too.
      secondaryAddress: isBind ? portText : Buffer.alloc(0),
      padFill: isBind ? Buffer.alloc(4) : portText,
      results: mode === 'accept-any' ? acceptAnyResults(bind) : genuineResults(bind),
    });
  };
}

/** Splits the byte stream into PDUs; resets the connection on anything that is not DCE/RPC 5.0. */
function serveRpc(socket: Socket, answer: (pdu: Buffer) => Buffer | null): void {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length > 0) {
      const junk = pending[0] !== 5 || (pending.length >= 2 && pending[1] !== 0);
      const fragLength = pending.length >= COMMON_HEADER_LENGTH ? pending.readUInt16LE(8) : null;
      if (junk || (fragLength !== null && (fragLength < COMMON_HEADER_LENGTH || fragLength > MAX_CLIENT_PDU))) {
        socket.resetAndDestroy(); // what vlmcsd does to non-RPC input
        return;
      }
      if (fragLength === null || pending.length < fragLength) return;
      const reply = answer(pending.subarray(0, fragLength));
      pending = pending.subarray(fragLength);
      if (reply === null) {
        socket.resetAndDestroy();
        return;
      }
      socket.write(reply);
    }
  });
}

/**
 * Starts a responder listening on `host:port` (default 127.0.0.1, port 0 = any free port).
 * Serves many connections, several PDUs per connection, and resets connections that send junk.
 */
export function startRpcResponder(options: RpcResponderOptions): Promise<RpcResponder> {
  const { mode, host = '127.0.0.1', port = 0, nakReason = 4 } = options;
  if (!RPC_RESPONDER_MODES.includes(mode)) return Promise.reject(new TypeError(`unknown responder mode "${String(mode)}"`));
  return listenTcp(host, port, (socket) => {
    switch (mode) {
      case 'silent':
        socket.resume();
        return;
      case 'close':
        socket.resume(); // keep reading so the client's bind is consumed and the close stays a clean FIN, not an RST
        socket.end();
        return;
      case 'reset':
        socket.resetAndDestroy();
        return;
      case 'garbage':
        socket.once('data', () => socket.end(HTTP_400));
        socket.resume();
        return;
      default:
        serveRpc(socket, rpcConnection(mode, socket.localPort ?? port, nakReason));
    }
  });
}
