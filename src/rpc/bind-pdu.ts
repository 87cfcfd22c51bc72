/**
 * The common 16-byte header every connection-oriented PDU starts with, and the bind /
 * alter_context PDU (shared/kms-protocol.md §2.2, §2.4). The probe encodes binds; the lab
 * responder decodes them, so both directions live here and are tested against each other.
 */
import { BTFN_WINDOWS, COMMON_HEADER_LENGTH, DREP_LITTLE_ENDIAN, KMS_INTERFACE, NDR32, NDR64, PDU_TYPE, PFC, type SyntaxId, WINDOWS_MAX_FRAG } from './constants.js';
import { UUID_WIRE_LENGTH, uuidFromWire, uuidToWire } from './uuid.js';

/** The decoded common header. Multi-byte fields are little-endian (drep `10 00 00 00`). */
export interface CommonHeader {
  rpcVersion: number;
  rpcVersionMinor: number;
  /** `PTYPE`, see `PDU_TYPE`. */
  type: number;
  /** `pfc_flags`, see `PFC`. */
  flags: number;
  /** The 4 `packed_drep` bytes as sent. */
  drep: readonly number[];
  /** Length of the whole PDU including this header. */
  fragLength: number;
  authLength: number;
  callId: number;
}

/** One presentation context to offer: an interface and the single transfer syntax KMS ever needs. */
export interface BindContext {
  contextId: number;
  abstractSyntax: SyntaxId;
  transferSyntax: SyntaxId;
}

/** A presentation context as received; a peer may offer several transfer syntaxes in one element. */
export interface ReceivedContext {
  contextId: number;
  abstractSyntax: SyntaxId;
  transferSyntaxes: SyntaxId[];
}

/** A decoded bind or alter_context PDU. */
export interface BindPdu {
  header: CommonHeader;
  maxXmitFrag: number;
  maxRecvFrag: number;
  assocGroup: number;
  contexts: ReceivedContext[];
}

/** Options of {@link encodeBindPdu}. */
export interface EncodeBindOptions {
  callId: number;
  contexts: readonly BindContext[];
  /** `pfc_flags`; default FIRST_FRAG|LAST_FRAG (0x03). Windows sends 0x13 (adds CONC_MPX). */
  flags?: number;
  /** Default 5840, what Windows offers. */
  maxXmitFrag?: number;
  maxRecvFrag?: number;
  /** 0 asks for a new association group. */
  assocGroup?: number;
  /** `alter_context` has the same body; default `bind`. */
  type?: 'bind' | 'alter_context';
}

/** Size of the bind body before the context list (max frags, assoc group, count, reserved). */
const BIND_FIXED_LENGTH = 12;
/** A context element offering one transfer syntax. */
const CONTEXT_ELEMENT_LENGTH = 44;
/** A syntax id on the wire: UUID plus the 32-bit version (major in the low 16 bits). */
const SYNTAX_ID_LENGTH = UUID_WIRE_LENGTH + 4;

/** The one-context NDR32 bind to the KMS interface: what the probe sends (72 bytes). */
export const MINIMAL_KMS_CONTEXTS: readonly BindContext[] = Object.freeze([{ contextId: 0, abstractSyntax: KMS_INTERFACE, transferSyntax: NDR32 }]);

/** The three contexts a Windows KMS client offers: NDR32, NDR64, BTFN 0x03 (160-byte bind, §2.6). */
export const WINDOWS_STYLE_KMS_CONTEXTS: readonly BindContext[] = Object.freeze([
  { contextId: 0, abstractSyntax: KMS_INTERFACE, transferSyntax: NDR32 },
  { contextId: 1, abstractSyntax: KMS_INTERFACE, transferSyntax: NDR64 },
  { contextId: 2, abstractSyntax: KMS_INTERFACE, transferSyntax: BTFN_WINDOWS },
]);

function checkUint(value: number, bits: 8 | 16 | 32, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 2 ** bits - 1) {
    throw new RangeError(`${what} ${value} does not fit an unsigned ${bits}-bit field`);
  }
}

/** Writes a syntax id (UUID + version) at `offset`. */
export function writeSyntaxId(target: Buffer, offset: number, syntax: SyntaxId): void {
  checkUint(syntax.major, 16, 'syntax major version');
  checkUint(syntax.minor, 16, 'syntax minor version');
  uuidToWire(syntax.uuid).copy(target, offset);
  target.writeUInt16LE(syntax.major, offset + UUID_WIRE_LENGTH);
  target.writeUInt16LE(syntax.minor, offset + UUID_WIRE_LENGTH + 2);
}

/** Reads a syntax id at `offset`; the caller guarantees 20 bytes are there. */
export function readSyntaxId(bytes: Uint8Array, offset: number): SyntaxId {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    uuid: uuidFromWire(view, offset),
    major: view.readUInt16LE(offset + UUID_WIRE_LENGTH),
    minor: view.readUInt16LE(offset + UUID_WIRE_LENGTH + 2),
  };
}

/** Writes the common header at offset 0 of `target`; drep is always little-endian, as Windows sends. */
export function writeCommonHeader(target: Buffer, header: { type: number; flags: number; fragLength: number; callId: number; authLength?: number }): void {
  checkUint(header.type, 8, 'PTYPE');
  checkUint(header.flags, 8, 'pfc_flags');
  checkUint(header.fragLength, 16, 'frag_length');
  checkUint(header.callId, 32, 'call_id');
  checkUint(header.authLength ?? 0, 16, 'auth_length');
  target[0] = 5;
  target[1] = 0;
  target[2] = header.type;
  target[3] = header.flags;
  Buffer.from(DREP_LITTLE_ENDIAN).copy(target, 4);
  target.writeUInt16LE(header.fragLength, 8);
  target.writeUInt16LE(header.authLength ?? 0, 10);
  target.writeUInt32LE(header.callId, 12);
}

/** Decodes the common header, or returns null when fewer than 16 bytes are given. Never throws. */
export function decodeCommonHeader(bytes: Uint8Array): CommonHeader | null {
  if (bytes.length < COMMON_HEADER_LENGTH) return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    rpcVersion: view[0] ?? 0,
    rpcVersionMinor: view[1] ?? 0,
    type: view[2] ?? 0,
    flags: view[3] ?? 0,
    drep: [...view.subarray(4, 8)],
    fragLength: view.readUInt16LE(8),
    authLength: view.readUInt16LE(10),
    callId: view.readUInt32LE(12),
  };
}

/**
 * Encodes a bind (or alter_context) PDU. Each context offers exactly one transfer syntax.
 * With `MINIMAL_KMS_CONTEXTS`, call id 2 and flags 0x13 this reproduces the captured 72 bytes.
 * @throws RangeError on values that do not fit their fields — programming errors, not network outcomes.
 */
export function encodeBindPdu(options: EncodeBindOptions): Buffer {
  const { contexts } = options;
  if (contexts.length < 1 || contexts.length > 255) throw new RangeError(`a bind carries 1-255 contexts, not ${contexts.length}`);
  const fragLength = COMMON_HEADER_LENGTH + BIND_FIXED_LENGTH + CONTEXT_ELEMENT_LENGTH * contexts.length;
  const pdu = Buffer.alloc(fragLength);
  writeCommonHeader(pdu, {
    type: options.type === 'alter_context' ? PDU_TYPE.alterContext : PDU_TYPE.bind,
    flags: options.flags ?? PFC.firstFrag | PFC.lastFrag,
    fragLength,
    callId: options.callId,
  });
  const maxXmitFrag = options.maxXmitFrag ?? WINDOWS_MAX_FRAG;
  const maxRecvFrag = options.maxRecvFrag ?? WINDOWS_MAX_FRAG;
  const assocGroup = options.assocGroup ?? 0;
  checkUint(maxXmitFrag, 16, 'max_xmit_frag');
  checkUint(maxRecvFrag, 16, 'max_recv_frag');
  checkUint(assocGroup, 32, 'assoc_group_id');
  pdu.writeUInt16LE(maxXmitFrag, 16);
  pdu.writeUInt16LE(maxRecvFrag, 18);
  pdu.writeUInt32LE(assocGroup, 20);
  pdu[24] = contexts.length;
  contexts.forEach((context, index) => {
    const at = COMMON_HEADER_LENGTH + BIND_FIXED_LENGTH + index * CONTEXT_ELEMENT_LENGTH;
    checkUint(context.contextId, 16, 'p_cont_id');
    pdu.writeUInt16LE(context.contextId, at);
    pdu[at + 2] = 1; // n_transfer_syn: KMS never needs more than one per element
    writeSyntaxId(pdu, at + 4, context.abstractSyntax);
    writeSyntaxId(pdu, at + 4 + SYNTAX_ID_LENGTH, context.transferSyntax);
  });
  return pdu;
}

/** Result of {@link decodeBindPdu}: the PDU, or why the bytes are not a well-formed bind. */
export type DecodeBindResult = { ok: true; pdu: BindPdu } | { ok: false; reason: string };

/**
 * Decodes a bind or alter_context PDU (the server side of the exchange). Only the first
 * `frag_length` bytes are considered. Never throws: malformed input yields `{ ok: false }`.
 */
export function decodeBindPdu(bytes: Uint8Array): DecodeBindResult {
  const header = decodeCommonHeader(bytes);
  if (header === null) return { ok: false, reason: `${bytes.length} bytes are shorter than the 16-byte header` };
  if (header.rpcVersion !== 5 || header.rpcVersionMinor !== 0) {
    return { ok: false, reason: `RPC version ${header.rpcVersion}.${header.rpcVersionMinor} is not 5.0` };
  }
  if (header.type !== PDU_TYPE.bind && header.type !== PDU_TYPE.alterContext) {
    return { ok: false, reason: `PTYPE ${header.type} is not bind or alter_context` };
  }
  if (header.fragLength > bytes.length) return { ok: false, reason: `frag_length ${header.fragLength} exceeds the ${bytes.length} bytes given` };
  const end = header.fragLength;
  if (end < COMMON_HEADER_LENGTH + BIND_FIXED_LENGTH) return { ok: false, reason: `frag_length ${end} is too short for a bind` };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view[24] ?? 0;
  const contexts: ReceivedContext[] = [];
  let at = COMMON_HEADER_LENGTH + BIND_FIXED_LENGTH;
  for (let index = 0; index < count; index += 1) {
    if (at + 4 + SYNTAX_ID_LENGTH > end) return { ok: false, reason: `context element ${index} runs past frag_length ${end}` };
    const transferCount = view[at + 2] ?? 0;
    const elementEnd = at + 4 + SYNTAX_ID_LENGTH * (1 + transferCount);
    if (elementEnd > end) return { ok: false, reason: `context element ${index} runs past frag_length ${end}` };
    const transferSyntaxes: SyntaxId[] = [];
    for (let t = 0; t < transferCount; t += 1) transferSyntaxes.push(readSyntaxId(view, at + 4 + SYNTAX_ID_LENGTH * (1 + t)));
    contexts.push({ contextId: view.readUInt16LE(at), abstractSyntax: readSyntaxId(view, at + 4), transferSyntaxes });
    at = elementEnd;
  }
  return {
    ok: true,
    pdu: { header, maxXmitFrag: view.readUInt16LE(16), maxRecvFrag: view.readUInt16LE(18), assocGroup: view.readUInt32LE(20), contexts },
  };
}

/** True when two syntax ids name the same UUID and version. */
export function sameSyntax(a: SyntaxId, b: SyntaxId): boolean {
  return a.uuid.toLowerCase() === b.uuid.toLowerCase() && a.major === b.major && a.minor === b.minor;
}
