/**
 * The request (0), response (2) and fault (3) PDUs of the one KMS call, `RequestActivation`
 * (opnum 0), and their NDR32 / NDR64 stubs (shared/kms-protocol.md §2.10):
 *
 *   request stub  NDR32: size u32, max count u32, bytes           NDR64: size u32 + 4 pad, count u64, bytes
 *   response stub NDR32: size u32, referent u32, max count u32, bytes, pad to 4, return value u32
 *                 NDR64: the three leading fields widened to 8 bytes, then bytes, pad, return value
 *   KMS-level error: size 0, referent 0 (NULL), return value = HRESULT (a 12-byte NDR32 stub).
 *
 * Decoders take untrusted bytes: every read is bounds-checked and nothing throws.
 */
import { type Message, msg } from '../catalog/message.js';
import { type CommonHeader, decodeCommonHeader, writeCommonHeader } from './bind-pdu.js';
import { COMMON_HEADER_LENGTH, PDU_TYPE, PFC } from './constants.js';

/** The transfer syntax a call is marshalled in. */
export type StubSyntax = 'ndr32' | 'ndr64';

/** The only operation of the KMS interface. */
export const KMS_OPNUM = 0;
/** Request and response bodies start after the header, alloc_hint, p_cont_id and opnum/cancel fields. */
export const CALL_HEADER_LENGTH = 24;
/** Fault PDU: header + alloc_hint + p_cont_id + cancel_count + reserved + status + reserved. */
export const FAULT_PDU_LENGTH = 32;
/** Windows' referent id for the returned response pointer. */
export const WINDOWS_REFERENT_ID = 0x00020000;

const pad4 = (n: number): number => (4 - (n % 4)) % 4;

/** Fault statuses a KMS exchange may meet (§2.10), by value. */
const FAULT_STATUS_NAMES: Readonly<Record<number, string>> = {
  469827587: 'nca_unk_if: unknown interface, or the context is not bound',
  469827586: 'nca_op_rng_error: opnum out of range',
  469827595: 'nca_proto_error: protocol error',
  1783: 'RPC_X_BAD_STUB_DATA: the stub data is invalid',
};

/** Name of a fault status, or its hex value when unknown. */
export function faultStatusName(status: number): string {
  return FAULT_STATUS_NAMES[status] ?? `status 0x${status.toString(16).padStart(8, '0')}`;
}

/** The NDR stub of a request carrying `payload`. */
export function encodeRequestStub(payload: Uint8Array, syntax: StubSyntax): Buffer {
  if (syntax === 'ndr32') {
    const stub = Buffer.alloc(8 + payload.length + pad4(payload.length));
    stub.writeUInt32LE(payload.length, 0);
    stub.writeUInt32LE(payload.length, 4);
    stub.set(payload, 8);
    return stub;
  }
  const stub = Buffer.alloc(16 + payload.length + pad4(payload.length));
  stub.writeUInt32LE(payload.length, 0);
  stub.writeBigUInt64LE(BigInt(payload.length), 8);
  stub.set(payload, 16);
  return stub;
}

/** Result of a stub decoder. */
export type StubResult<T> = ({ ok: true } & T) | { ok: false; reason: Message };

/** Reads the KMS request out of a request stub (host side). */
export function decodeRequestStub(stub: Uint8Array, syntax: StubSyntax): StubResult<{ payload: Buffer }> {
  const view = Buffer.from(stub.buffer, stub.byteOffset, stub.byteLength);
  const headerLength = syntax === 'ndr32' ? 8 : 16;
  if (view.length < headerLength) return { ok: false, reason: msg('rpc-call.stub-short', { stub: 'request', syntax, needed: headerLength, given: view.length }) };
  const size = view.readUInt32LE(0);
  const count = syntax === 'ndr32' ? view.readUInt32LE(4) : view.readBigUInt64LE(8);
  if (BigInt(size) !== BigInt(count)) return { ok: false, reason: msg('rpc-call.size-differs', { field: 'requestSize', size, count: String(count) }) };
  if (headerLength + size > view.length) return { ok: false, reason: msg('rpc-call.size-past-stub', { field: 'requestSize', size, stubBytes: view.length }) };
  return { ok: true, payload: Buffer.from(view.subarray(headerLength, headerLength + size)) };
}

/** The NDR stub of a response: the payload and return value 0, or no payload and an HRESULT. */
export function encodeResponseStub(answer: { payload: Uint8Array | null; returnValue: number }, syntax: StubSyntax): Buffer {
  const width = syntax === 'ndr32' ? 4 : 8;
  const { payload } = answer;
  if (payload === null || payload.length === 0) {
    // NULL pointer: size 0, referent 0, then the return value.
    const stub = Buffer.alloc(2 * width + 4);
    stub.writeUInt32LE(answer.returnValue >>> 0, 2 * width);
    return stub;
  }
  const dataAt = 3 * width;
  const stub = Buffer.alloc(dataAt + payload.length + pad4(payload.length) + 4);
  stub.writeUInt32LE(payload.length, 0);
  if (syntax === 'ndr32') {
    stub.writeUInt32LE(WINDOWS_REFERENT_ID, 4);
    stub.writeUInt32LE(payload.length, 8);
  } else {
    stub.writeBigUInt64LE(BigInt(WINDOWS_REFERENT_ID), 8);
    stub.writeBigUInt64LE(BigInt(payload.length), 16);
  }
  stub.set(payload, dataAt);
  stub.writeUInt32LE(answer.returnValue >>> 0, stub.length - 4);
  return stub;
}

/** A decoded response stub. `payload` is null for a NULL pointer or a zero size (a KMS-level error). */
export interface ResponseStub {
  responseSize: number;
  referent: number;
  payload: Buffer | null;
  /** The function's return value: an HRESULT, 0 on success. */
  returnValue: number;
  /** Oddities that do not stop decoding, e.g. bytes after the return value. */
  anomalies: Message[];
}

/** Reads a response stub per §4.6 step 2 (client side). */
export function decodeResponseStub(stub: Uint8Array, syntax: StubSyntax): StubResult<ResponseStub> {
  const view = Buffer.from(stub.buffer, stub.byteOffset, stub.byteLength);
  const width = syntax === 'ndr32' ? 4 : 8;
  const read = (at: number): number => (width === 4 ? view.readUInt32LE(at) : Number(view.readBigUInt64LE(at) & 0xffffffffn));
  if (view.length < 2 * width + 4) return { ok: false, reason: msg('rpc-call.stub-short', { stub: 'response', syntax, needed: 2 * width + 4, given: view.length }) };
  const responseSize = view.readUInt32LE(0);
  const referent = read(width);
  const anomalies: Message[] = [];
  if (referent === 0) {
    const end = 2 * width + 4;
    if (view.length > end) anomalies.push(msg('rpc-anomaly.after-return-value', { bytes: view.length - end }));
    if (responseSize !== 0) anomalies.push(msg('rpc-anomaly.null-size', { size: responseSize }));
    return { ok: true, responseSize, referent, payload: null, returnValue: view.readUInt32LE(2 * width), anomalies };
  }
  if (view.length < 3 * width) return { ok: false, reason: msg('rpc-call.no-count') };
  const count = read(2 * width);
  if (count !== responseSize) return { ok: false, reason: msg('rpc-call.size-differs', { field: 'responseSize', size: responseSize, count: String(count) }) };
  const dataAt = 3 * width;
  const end = dataAt + count + pad4(count) + 4;
  if (end > view.length) return { ok: false, reason: msg('rpc-call.size-past-stub', { field: 'responseSize', size: count, stubBytes: view.length }) };
  if (view.length > end) anomalies.push(msg('rpc-anomaly.after-return-value', { bytes: view.length - end }));
  const payload = count === 0 ? null : Buffer.from(view.subarray(dataAt, dataAt + count));
  return { ok: true, responseSize, referent, payload, returnValue: view.readUInt32LE(end - 4), anomalies };
}

/** Encodes a request PDU (flags FIRST|LAST, as observed). */
export function encodeRequestPdu(fields: { callId: number; contextId: number; opnum?: number; stub: Uint8Array }): Buffer {
  const pdu = Buffer.alloc(CALL_HEADER_LENGTH + fields.stub.length);
  writeCommonHeader(pdu, { type: PDU_TYPE.request, flags: PFC.firstFrag | PFC.lastFrag, fragLength: pdu.length, callId: fields.callId });
  pdu.writeUInt32LE(fields.stub.length, 16);
  pdu.writeUInt16LE(fields.contextId, 20);
  pdu.writeUInt16LE(fields.opnum ?? KMS_OPNUM, 22);
  pdu.set(fields.stub, CALL_HEADER_LENGTH);
  return pdu;
}

/** Encodes a response PDU; `flags` defaults to FIRST|LAST (a test responder may fragment). */
export function encodeResponsePdu(fields: { callId: number; contextId: number; stub: Uint8Array; allocHint?: number; flags?: number }): Buffer {
  const pdu = Buffer.alloc(CALL_HEADER_LENGTH + fields.stub.length);
  writeCommonHeader(pdu, { type: PDU_TYPE.response, flags: fields.flags ?? PFC.firstFrag | PFC.lastFrag, fragLength: pdu.length, callId: fields.callId });
  pdu.writeUInt32LE(fields.allocHint ?? fields.stub.length, 16);
  pdu.writeUInt16LE(fields.contextId, 20);
  pdu.set(fields.stub, CALL_HEADER_LENGTH);
  return pdu;
}

/** Encodes a 32-byte fault with FIRST|LAST|DID_NOT_EXECUTE, as vlmcsd sends for an unbound context. */
export function encodeFaultPdu(fields: { callId: number; contextId: number; status: number }): Buffer {
  const pdu = Buffer.alloc(FAULT_PDU_LENGTH);
  writeCommonHeader(pdu, { type: PDU_TYPE.fault, flags: PFC.firstFrag | PFC.lastFrag | PFC.didNotExecute, fragLength: FAULT_PDU_LENGTH, callId: fields.callId });
  pdu.writeUInt32LE(0, 16);
  pdu.writeUInt16LE(fields.contextId, 20);
  pdu.writeUInt32LE(fields.status >>> 0, 24);
  return pdu;
}

/** A decoded request, response or fault PDU. */
export type CallPdu =
  | { kind: 'request'; header: CommonHeader; allocHint: number; contextId: number; opnum: number; stub: Buffer }
  | { kind: 'response'; header: CommonHeader; allocHint: number; contextId: number; cancelCount: number; stub: Buffer }
  | { kind: 'fault'; header: CommonHeader; allocHint: number; contextId: number; status: number };

/** Decodes one request/response/fault PDU (only its first `frag_length` bytes). Never throws. */
export function decodeCallPdu(bytes: Uint8Array): { ok: true; pdu: CallPdu } | { ok: false; reason: Message; header: CommonHeader | null } {
  const header = decodeCommonHeader(bytes);
  if (header === null) return { ok: false, reason: msg('rpc-reply.short-header', { bytes: bytes.length, header: COMMON_HEADER_LENGTH }), header: null };
  if (header.rpcVersion !== 5 || header.rpcVersionMinor !== 0)
    return { ok: false, reason: msg('rpc-call.version', { major: header.rpcVersion, minor: header.rpcVersionMinor }), header };
  if (header.fragLength < COMMON_HEADER_LENGTH || header.fragLength > bytes.length) {
    return { ok: false, reason: msg('rpc-call.frag-length', { fragLength: header.fragLength, bytes: bytes.length }), header };
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, header.fragLength);
  const minimum = header.type === PDU_TYPE.fault ? 28 : CALL_HEADER_LENGTH;
  if (view.length < minimum) return { ok: false, reason: msg('rpc-call.pdu-short', { type: header.type, needed: minimum, fragLength: view.length }), header };
  const allocHint = view.readUInt32LE(16);
  const contextId = view.readUInt16LE(20);
  const stub = Buffer.from(view.subarray(CALL_HEADER_LENGTH));
  switch (header.type) {
    case PDU_TYPE.request:
      return { ok: true, pdu: { kind: 'request', header, allocHint, contextId, opnum: view.readUInt16LE(22), stub } };
    case PDU_TYPE.response:
      return { ok: true, pdu: { kind: 'response', header, allocHint, contextId, cancelCount: view[22] ?? 0, stub } };
    case PDU_TYPE.fault:
      return { ok: true, pdu: { kind: 'fault', header, allocHint, contextId, status: view.readUInt32LE(24) } };
    default:
      return { ok: false, reason: msg('rpc-call.not-call', { type: header.type }), header };
  }
}
