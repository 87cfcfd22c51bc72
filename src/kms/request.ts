/**
 * KMS activation requests in protocol v4, v5 and v6 (shared/kms-protocol.md §4.2–§4.4): built by the
 * probe, decoded by the test responder. Both directions live here so each is tested against the other
 * and against the captured requests of §4.8.
 *
 *   v4: base request (236) ‖ CBC-MAC (16)                                   = 252 bytes
 *   v5: version (4, clear) ‖ IV (16) ‖ AES-CBC(IV, base ‖ 04 04 04 04)       = 260 bytes
 *   v6: as v5, with the tweaked-schedule cipher                              = 260 bytes
 */
import { randomBytes } from 'node:crypto';
import { BLOCK, cbcDecrypt, cbcEncrypt, pkcs7Pad, pkcs7PadLength } from './block-cipher.js';
import { type KmsVersion, messageCipher, v4Mac } from './kms-crypto.js';
import { BASE_REQUEST_LENGTH, type BaseRequest, decodeBaseRequest, encodeBaseRequest, encodeVersion, kmsVersionOf, versionLabel } from './message.js';

/** Payload length of a v4 request. */
export const V4_REQUEST_LENGTH = BASE_REQUEST_LENGTH + BLOCK;
/** Payload length of a v5 or v6 request: version, IV and 240 bytes of ciphertext. */
export const V5_V6_REQUEST_LENGTH = 4 + BLOCK + BASE_REQUEST_LENGTH + 4;

/** Payload length of a request in `version`. */
export function requestLength(version: KmsVersion): number {
  return version === 4 ? V4_REQUEST_LENGTH : V5_V6_REQUEST_LENGTH;
}

/** A request ready to send, with what the response check needs to remember. */
export interface BuiltRequest {
  version: KmsVersion;
  base: BaseRequest;
  /** The 236 plaintext bytes. */
  baseBytes: Buffer;
  /** The KMS payload that goes into the RPC stub. */
  payload: Buffer;
  /** v5/v6: the IV sent in clear (bytes 4…19). */
  iv: Buffer | null;
  /** v5/v6: the raw one-block decryption of the IV (`Dreq`), which the response must use. */
  dreq: Buffer | null;
  /** v4: the MAC appended to the base request. */
  mac: Buffer | null;
}

/** Options of {@link buildKmsRequest}. */
export interface BuildRequestOptions {
  version: KmsVersion;
  /** The base request without its version field, which follows `version` (x.0). */
  fields: Omit<BaseRequest, 'version'>;
  /** v5/v6 only: the IV; 16 random bytes when omitted. Fixed only in tests (golden fixtures). */
  iv?: Uint8Array;
}

/**
 * Builds a request. The inner version always equals the outer one (§3.1).
 * @throws RangeError/TypeError for values that do not fit (programming errors).
 */
export function buildKmsRequest(options: BuildRequestOptions): BuiltRequest {
  const { version } = options;
  const base: BaseRequest = { ...options.fields, version: encodeVersion(version) };
  const baseBytes = encodeBaseRequest(base);
  if (version === 4) {
    const mac = v4Mac(baseBytes);
    return { version, base, baseBytes, payload: Buffer.concat([baseBytes, mac]), iv: null, dreq: null, mac };
  }
  const iv = Buffer.from(options.iv ?? randomBytes(BLOCK));
  if (iv.length !== BLOCK) throw new RangeError(`the IV is ${BLOCK} bytes, not ${iv.length}`);
  const cipher = messageCipher(version);
  const header = Buffer.alloc(4);
  header.writeUInt32LE(base.version);
  const ciphertext = cbcEncrypt(cipher, iv, pkcs7Pad(baseBytes));
  return { version, base, baseBytes, payload: Buffer.concat([header, iv, ciphertext]), iv, dreq: cipher.decryptBlock(iv), mac: null };
}

/** A request as the host sees it. */
export interface DecodedRequest {
  version: KmsVersion;
  base: BaseRequest;
  iv: Buffer | null;
  dreq: Buffer | null;
}

/** Result of {@link decodeKmsRequest}: a request, or why a host would answer 0x8007000D (invalid data). */
export type DecodeRequestResult = { ok: true; request: DecodedRequest } | { ok: false; reason: string; version: number | null };

/**
 * Decodes and verifies a request the way a host does: a version it knows (exactly 4.0, 5.0 or 6.0),
 * the exact length, the v4 MAC, or the v5/v6 padding and the inner version. Never throws.
 */
export function decodeKmsRequest(payload: Uint8Array): DecodeRequestResult {
  const view = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  if (view.length < 4) return { ok: false, reason: `${view.length} bytes cannot hold a version`, version: null };
  const raw = view.readUInt32LE(0);
  const version = kmsVersionOf(raw);
  if (version === null) return { ok: false, reason: `version ${versionLabel(raw)} is not 4.0, 5.0 or 6.0`, version: raw };
  const expected = requestLength(version);
  if (view.length !== expected) return { ok: false, reason: `a v${version} request is ${expected} bytes, not ${view.length}`, version: raw };
  if (version === 4) {
    const baseBytes = view.subarray(0, BASE_REQUEST_LENGTH);
    if (!v4Mac(baseBytes).equals(view.subarray(BASE_REQUEST_LENGTH))) return { ok: false, reason: 'the v4 request MAC does not match', version: raw };
    const base = decodeBaseRequest(baseBytes);
    return base === null ? { ok: false, reason: 'short base request', version: raw } : { ok: true, request: { version, base, iv: null, dreq: null } };
  }
  const cipher = messageCipher(version);
  const iv = Buffer.from(view.subarray(4, 4 + BLOCK));
  const plain = cbcDecrypt(cipher, iv, view.subarray(4 + BLOCK));
  if (pkcs7PadLength(plain) !== 4) return { ok: false, reason: 'the decrypted request does not end in the 4-byte PKCS#7 pad', version: raw };
  const base = decodeBaseRequest(plain.subarray(0, BASE_REQUEST_LENGTH));
  if (base === null) return { ok: false, reason: 'short base request', version: raw };
  if (base.version !== raw) return { ok: false, reason: `inner version ${versionLabel(base.version)} differs from outer ${versionLabel(raw)}`, version: raw };
  return { ok: true, request: { version, base, iv, dreq: cipher.decryptBlock(iv) } };
}
