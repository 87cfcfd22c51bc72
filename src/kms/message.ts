/**
 * The parts of a KMS activation message that v4, v5 and v6 share (shared/kms-protocol.md §3):
 * the 236-byte base request and the variable-length base response. All integers little-endian,
 * GUIDs in NDR byte order, times as FILETIME (100-ns ticks since 1601-01-01 UTC).
 */
import { type Message, msg } from '../catalog/message.js';
import { isUuid, uuidFromWire, uuidToWire } from '../rpc/uuid.js';
import type { KmsVersion } from './kms-crypto.js';

/** Size of the base request, identical in v4/v5/v6. */
export const BASE_REQUEST_LENGTH = 236;
/** Bytes of the base response besides the ePID: version, PIDSize, CMID, timestamp, count, two intervals. */
export const BASE_RESPONSE_FIXED_LENGTH = 44;
/** PIDSize limit (bytes, including the UTF-16 NUL). */
export const MAX_PID_SIZE = 128;
/** Workstation name: up to 63 UTF-16 code units plus NUL, zero-filled to 128 bytes. */
export const WORKSTATION_FIELD_LENGTH = 128;
export const WORKSTATION_MAX_CHARS = 63;

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Seconds from 1601-01-01 to 1970-01-01. */
const EPOCH_DELTA_SECONDS = 11_644_473_600n;

/** A Date as FILETIME (millisecond precision). */
export function fileTimeFromDate(date: Date): bigint {
  return (BigInt(date.getTime()) + EPOCH_DELTA_SECONDS * 1000n) * 10_000n;
}

/** A FILETIME as a Date (sub-millisecond ticks dropped); null when outside what a Date can hold. */
export function dateFromFileTime(filetime: bigint): Date | null {
  const ms = filetime / 10_000n - EPOCH_DELTA_SECONDS * 1000n;
  if (ms < -8_640_000_000_000_000n || ms > 8_640_000_000_000_000n) return null;
  return new Date(Number(ms));
}

/** The version field: major in the high 16 bits, minor in the low 16 (v6.0 = 0x00060000). */
export function encodeVersion(major: number, minor = 0): number {
  return (((major & 0xffff) << 16) | (minor & 0xffff)) >>> 0;
}

/** `6.0`, `4.1`, … for messages. */
export function versionLabel(raw: number): string {
  return `${raw >>> 16}.${raw & 0xffff}`;
}

/** The KMS version a raw version field stands for, or null when it is not exactly 4.0, 5.0 or 6.0. */
export function kmsVersionOf(raw: number): KmsVersion | null {
  if ((raw & 0xffff) !== 0) return null;
  const major = raw >>> 16;
  return major === 4 || major === 5 || major === 6 ? major : null;
}

/** License status values a client reports (§3.1, [MS]). */
export const LICENSE_STATUS_NAMES: readonly string[] = [
  'unlicensed',
  'licensed',
  'out-of-box grace',
  'out-of-tolerance grace',
  'non-genuine grace',
  'notification',
  'extended grace',
];

/** The decoded base request. */
export interface BaseRequest {
  /** Raw version field (0x00060000 for 6.0). */
  version: number;
  /** 0 physical, 1 virtual machine. */
  vmFlag: number;
  /** 0 unlicensed, 1 licensed, 2 OOB grace, … (see LICENSE_STATUS_NAMES). */
  licenseStatus: number;
  /** Minutes left in the current state. */
  graceMinutes: number;
  applicationId: string;
  skuId: string;
  kmsCountedId: string;
  cmid: string;
  /** The client's N-policy: the count it needs before it activates. */
  minimumCount: number;
  /** FILETIME, UTC. */
  timestamp: bigint;
  previousCmid: string;
  workstation: string;
}

function checkU32(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`${what} ${value} does not fit an unsigned 32-bit field`);
}

function checkUuid(value: string, what: string): void {
  if (!isUuid(value)) throw new TypeError(`${what} "${value}" is not a UUID`);
}

/** The workstation name as the request carries it: UTF-16LE, at most 63 code units, NUL, zero fill. */
export function encodeWorkstation(name: string): Buffer {
  const field = Buffer.alloc(WORKSTATION_FIELD_LENGTH);
  Buffer.from(name.slice(0, WORKSTATION_MAX_CHARS), 'utf16le').copy(field);
  return field;
}

/** Reads a zero-terminated UTF-16LE string from a fixed field. */
export function decodeUtf16z(field: Uint8Array): string {
  const view = Buffer.from(field.buffer, field.byteOffset, field.byteLength);
  let end = 0;
  while (end + 1 < view.length && (view[end] !== 0 || view[end + 1] !== 0)) end += 2;
  return view.toString('utf16le', 0, end);
}

/**
 * Encodes the 236-byte base request.
 * @throws RangeError/TypeError for values that do not fit their fields (programming errors).
 */
export function encodeBaseRequest(request: BaseRequest): Buffer {
  checkU32(request.version, 'version');
  checkU32(request.vmFlag, 'VM flag');
  checkU32(request.licenseStatus, 'license status');
  checkU32(request.graceMinutes, 'grace minutes');
  checkU32(request.minimumCount, 'minimum count');
  for (const [what, value] of [
    ['application id', request.applicationId],
    ['SKU id', request.skuId],
    ['KMS counted id', request.kmsCountedId],
    ['CMID', request.cmid],
    ['previous CMID', request.previousCmid],
  ] as const) {
    checkUuid(value, what);
  }
  if (request.timestamp < 0n || request.timestamp >= 1n << 64n) throw new RangeError(`timestamp ${request.timestamp} does not fit 64 bits`);
  const out = Buffer.alloc(BASE_REQUEST_LENGTH);
  out.writeUInt32LE(request.version, 0);
  out.writeUInt32LE(request.vmFlag, 4);
  out.writeUInt32LE(request.licenseStatus, 8);
  out.writeUInt32LE(request.graceMinutes, 12);
  uuidToWire(request.applicationId).copy(out, 16);
  uuidToWire(request.skuId).copy(out, 32);
  uuidToWire(request.kmsCountedId).copy(out, 48);
  uuidToWire(request.cmid).copy(out, 64);
  out.writeUInt32LE(request.minimumCount, 80);
  out.writeBigUInt64LE(request.timestamp, 84);
  uuidToWire(request.previousCmid).copy(out, 92);
  encodeWorkstation(request.workstation).copy(out, 108);
  return out;
}

/** Decodes a base request; null when fewer than 236 bytes are given. Never throws. */
export function decodeBaseRequest(bytes: Uint8Array): BaseRequest | null {
  if (bytes.length < BASE_REQUEST_LENGTH) return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    version: view.readUInt32LE(0),
    vmFlag: view.readUInt32LE(4),
    licenseStatus: view.readUInt32LE(8),
    graceMinutes: view.readUInt32LE(12),
    applicationId: uuidFromWire(view, 16),
    skuId: uuidFromWire(view, 32),
    kmsCountedId: uuidFromWire(view, 48),
    cmid: uuidFromWire(view, 64),
    minimumCount: view.readUInt32LE(80),
    timestamp: view.readBigUInt64LE(84),
    previousCmid: uuidFromWire(view, 92),
    workstation: decodeUtf16z(view.subarray(108, 108 + WORKSTATION_FIELD_LENGTH)),
  };
}

/** The decoded base response. */
export interface BaseResponse {
  version: number;
  /** PIDSize as sent: bytes of the ePID including its UTF-16 NUL. */
  pidSize: number;
  /** The host ePID without its NUL. */
  epid: string;
  cmid: string;
  /** Raw 16 bytes of the echoed CMID, for the byte-for-byte check. */
  cmidBytes: Buffer;
  timestamp: bigint;
  currentCount: number;
  /** Minutes before a client that did not activate retries. */
  activationInterval: number;
  /** Minutes between renewals once activated. */
  renewalInterval: number;
}

/** Encodes a base response (44 + PIDSize bytes). PIDSize = 2 × (characters + 1). */
export function encodeBaseResponse(response: Omit<BaseResponse, 'pidSize' | 'cmidBytes'>): Buffer {
  const pid = Buffer.from(`${response.epid}\0`, 'utf16le');
  if (pid.length > MAX_PID_SIZE) throw new RangeError(`an ePID of ${response.epid.length} characters exceeds PIDSize ${MAX_PID_SIZE}`);
  const out = Buffer.alloc(BASE_RESPONSE_FIXED_LENGTH + pid.length);
  out.writeUInt32LE(response.version, 0);
  out.writeUInt32LE(pid.length, 4);
  pid.copy(out, 8);
  const at = 8 + pid.length;
  uuidToWire(response.cmid).copy(out, at);
  out.writeBigUInt64LE(response.timestamp, at + 16);
  out.writeUInt32LE(response.currentCount, at + 24);
  out.writeUInt32LE(response.activationInterval, at + 28);
  out.writeUInt32LE(response.renewalInterval, at + 32);
  return out;
}

/** Result of {@link decodeBaseResponse}: the fields and where the base response ends, or why it cannot be read. */
export type DecodeBaseResponseResult = { ok: true; response: BaseResponse; length: number } | { ok: false; reason: Message };

/**
 * Decodes a base response from the start of `bytes` and checks PIDSize and the ePID string
 * (§4.6 step 5): even, 2…128, NUL-terminated, no interior NUL. Never throws.
 */
export function decodeBaseResponse(bytes: Uint8Array): DecodeBaseResponseResult {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 8) return { ok: false, reason: msg('kms-check.base-short', { bytes: view.length }) };
  const pidSize = view.readUInt32LE(4);
  if (pidSize % 2 !== 0 || pidSize < 2 || pidSize > MAX_PID_SIZE) return { ok: false, reason: msg('kms-check.pid-size-range', { pidSize, max: MAX_PID_SIZE }) };
  const length = BASE_RESPONSE_FIXED_LENGTH + pidSize;
  if (view.length < length) return { ok: false, reason: msg('kms-check.pid-size-short', { pidSize, needed: length, bytes: view.length }) };
  const pid = view.subarray(8, 8 + pidSize);
  if (pid[pidSize - 1] !== 0 || pid[pidSize - 2] !== 0) return { ok: false, reason: msg('kms-check.epid-no-nul') };
  for (let i = 0; i + 2 < pidSize; i += 2) {
    if (pid[i] === 0 && pid[i + 1] === 0) return { ok: false, reason: msg('kms-check.epid-inner-nul', { at: i / 2 }) };
  }
  const at = 8 + pidSize;
  return {
    ok: true,
    length,
    response: {
      version: view.readUInt32LE(0),
      pidSize,
      epid: pid.toString('utf16le', 0, pidSize - 2),
      cmid: uuidFromWire(view, at),
      cmidBytes: Buffer.from(view.subarray(at, at + 16)),
      timestamp: view.readBigUInt64LE(at + 16),
      currentCount: view.readUInt32LE(at + 24),
      activationInterval: view.readUInt32LE(at + 28),
      renewalInterval: view.readUInt32LE(at + 32),
    },
  };
}
