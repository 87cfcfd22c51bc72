/**
 * KMS activation responses in protocol v4, v5 and v6 (shared/kms-protocol.md §3.2, §4.2–§4.6):
 * validated by the probe step by step per the §4.6 checklist, and built by the test responder.
 *
 *   v4: base response (44+P) ‖ CBC-MAC over it (16)
 *   v5: version ‖ IV (= request IV) ‖ AES-CBC(base ‖ RandomXor ‖ Hash ‖ PKCS#7)
 *   v6: version ‖ fresh IV ‖ AES'-CBC(base ‖ RandomXor ‖ Hash ‖ HwId ‖ XorIV ‖ HMAC ‖ PKCS#7)
 *
 * with RandomXor = R ⊕ Dreq, Hash = SHA-256(R), XorIV = Dreq and the HMAC keyed by the echoed timestamp.
 */
import { randomBytes } from 'node:crypto';
import { type Message, msg } from '../catalog/message.js';
import { reasonText } from '../catalog/probe-reason.js';
import { uuidToWire } from '../rpc/uuid.js';
import { BLOCK, cbcDecrypt, cbcEncrypt, pkcs7Pad, pkcs7PadLength, xorBytes } from './block-cipher.js';
import { type KmsVersion, messageCipher, sha256, v4Mac, v6Hmac } from './kms-crypto.js';
import { BASE_RESPONSE_FIXED_LENGTH, type BaseRequest, type BaseResponse, decodeBaseResponse, encodeBaseResponse, encodeVersion, versionLabel } from './message.js';

/** What a response has to answer: the request's version, CMID, timestamp and (v5/v6) IV and Dreq. */
export interface RequestEcho {
  version: KmsVersion;
  base: Pick<BaseRequest, 'cmid' | 'timestamp'>;
  iv: Buffer | null;
  dreq: Buffer | null;
}

/** vlmcsd's default v6 HWID: a well-known emulator value (§4.4). */
export const WELL_KNOWN_EMULATOR_HWID = Buffer.from('3a1c049600b60076', 'hex');

/** Length of the v5/v6 integrity fields after the base response. */
const RANDOM_XOR_LENGTH = 16;
const HASH_LENGTH = 32;
const HWID_LENGTH = 8;
const XOR_IV_LENGTH = 16;
const HMAC_LENGTH = 16;

/** Plaintext body length (before padding) for an ePID of PIDSize `pidSize`. */
export function responseBodyLength(version: KmsVersion, pidSize: number): number {
  const base = BASE_RESPONSE_FIXED_LENGTH + pidSize;
  if (version === 4) return base + BLOCK;
  if (version === 5) return base + RANDOM_XOR_LENGTH + HASH_LENGTH;
  return base + RANDOM_XOR_LENGTH + HASH_LENGTH + HWID_LENGTH + XOR_IV_LENGTH + HMAC_LENGTH;
}

/** Payload length on the wire: 60+P for v4; 4 + 16 + pad16(body) for v5/v6 (§4.5). */
export function responseLength(version: KmsVersion, pidSize: number): number {
  const body = responseBodyLength(version, pidSize);
  return version === 4 ? body : 4 + BLOCK + (Math.floor(body / BLOCK) + 1) * BLOCK;
}

// --- host side --------------------------------------------------------------------------------

/** Options of {@link buildKmsResponse}. */
export interface BuildResponseOptions {
  request: RequestEcho;
  epid: string;
  currentCount: number;
  activationInterval: number;
  renewalInterval: number;
  /** v6: 8 bytes identifying the host hardware. */
  hwid?: Uint8Array;
  /** v5/v6: the host's random R; random when omitted (fixed only for golden tests). */
  random?: Uint8Array;
  /** v6: the response IV; fresh random when omitted. Passing the request IV imitates an emulator. */
  responseIv?: Uint8Array;
  /** Test hooks for a damaged answer: the MAC/Hash/HMAC, a ciphertext byte, or the echoed CMID. */
  corrupt?: 'integrity' | 'ciphertext' | 'cmid';
}

function flipLastByte(buffer: Buffer, end: number): void {
  buffer[end - 1] = (buffer[end - 1] ?? 0) ^ 0x01;
}

/**
 * Builds the payload a host returns for `request`. Used by the test responder and golden tests.
 * @throws RangeError for an ePID that does not fit or fields of the wrong size (programming errors).
 */
export function buildKmsResponse(options: BuildResponseOptions): Buffer {
  const { request } = options;
  const { version } = request;
  const cmid = options.corrupt === 'cmid' ? '00000000-0000-4000-8000-000000000000' : request.base.cmid;
  const base = encodeBaseResponse({
    version: encodeVersion(version),
    epid: options.epid,
    cmid,
    timestamp: request.base.timestamp,
    currentCount: options.currentCount,
    activationInterval: options.activationInterval,
    renewalInterval: options.renewalInterval,
  });
  if (version === 4) {
    const mac = v4Mac(base);
    if (options.corrupt === 'integrity') flipLastByte(mac, mac.length);
    return Buffer.concat([base, mac]);
  }
  if (request.iv === null || request.dreq === null) throw new TypeError('a v5/v6 response needs the request IV');
  const cipher = messageCipher(version);
  const r = Buffer.from(options.random ?? randomBytes(BLOCK));
  const randomXor = xorBytes(r, request.dreq);
  const hash = sha256(r);
  if (options.corrupt === 'integrity' && version === 5) flipLastByte(hash, hash.length);
  let body: Buffer;
  let iv: Buffer;
  if (version === 5) {
    body = Buffer.concat([base, randomXor, hash]);
    iv = request.iv; // v5: the response IV is the request IV
  } else {
    const hwid = Buffer.from(options.hwid ?? randomBytes(HWID_LENGTH));
    if (hwid.length !== HWID_LENGTH) throw new RangeError(`the HWID is ${HWID_LENGTH} bytes, not ${hwid.length}`);
    iv = Buffer.from(options.responseIv ?? randomBytes(BLOCK));
    const unsigned = Buffer.concat([base, randomXor, hash, hwid, request.dreq]);
    const hmac = v6Hmac(request.base.timestamp, Buffer.concat([cipher.decryptBlock(iv), unsigned]));
    if (options.corrupt === 'integrity') flipLastByte(hmac, hmac.length);
    body = Buffer.concat([unsigned, hmac]);
  }
  const header = Buffer.alloc(4);
  header.writeUInt32LE(encodeVersion(version));
  const ciphertext = cbcEncrypt(cipher, iv, pkcs7Pad(body));
  // Damage the last byte of the second-to-last block: CBC flips the last pad byte, so decryption fails its padding check.
  if (options.corrupt === 'ciphertext') flipLastByte(ciphertext, ciphertext.length - BLOCK);
  return Buffer.concat([header, iv, ciphertext]);
}

// --- client side: the §4.6 checklist ----------------------------------------------------------

/** `fail` makes the response invalid; `suspicious` is a tell (reported, not fatal). */
export type CheckOutcome = 'pass' | 'fail' | 'suspicious';

/** Stable ids of the checks, in checklist order. */
export const RESPONSE_CHECKS = [
  'outer-version', // v5/v6: the clear version equals the request's
  'block-length', // v5/v6: length − 4 is whole blocks
  'padding', // v5/v6: PKCS#7
  'inner-version', // the base response's version equals the request's
  'epid', // PIDSize even and ≤ 128, NUL-terminated, no interior NUL
  'length', // total length matches 60+P (v4) or the padded size (v5/v6)
  'cmid-echo',
  'timestamp-echo',
  'mac', // v4
  'hash', // v5/v6: SHA-256(RandomXor ⊕ Dreq) = Hash
  'iv-equal', // v5: response IV = request IV
  'xor-iv', // v6: XorIV = Dreq
  'iv-fresh', // v6: response IV ≠ request IV (an equal IV is an emulator giveaway)
  'hmac', // v6
] as const;

export type ResponseCheckId = (typeof RESPONSE_CHECKS)[number];

export interface ResponseCheck {
  id: ResponseCheckId;
  outcome: CheckOutcome;
  /** What was found, in English (`detailReason` rendered). */
  detail: string;
  /** `detail` as data: a catalog message. */
  detailReason: Message;
}

/** The checked response. */
export interface ValidatedResponse {
  /** No check failed (suspicious ones allowed). */
  valid: boolean;
  checks: ResponseCheck[];
  /** The first failed check and its detail, null when valid. */
  failure: Message | null;
  /** The base response when it could be read (even from an invalid answer, for evidence). */
  base: BaseResponse | null;
  /** v6: the host's 8-byte HWID, hex. */
  hwid: string | null;
  /** v5/v6: the response IV, hex. */
  responseIv: string | null;
  /** v5/v6: the decrypted body with its padding, hex (what was validated). */
  plaintextHex: string | null;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** A version field as the check words it: the version seen, and the one requested when they differ. */
function versionCheck(seen: number, expected: number): Message {
  return msg('kms-check.version', { version: versionLabel(seen), requested: seen === expected ? null : versionLabel(expected) });
}

/**
 * Validates a response payload against the request it answers, in the order of §4.6 steps 3–7.
 * Structural failures stop the walk (later steps would read garbage); integrity checks all run so
 * the report shows each one. Never throws.
 */
export function validateKmsResponse(payload: Uint8Array, request: RequestEcho): ValidatedResponse {
  const view = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const checks: ResponseCheck[] = [];
  const result: ValidatedResponse = { valid: false, checks, failure: null, base: null, hwid: null, responseIv: null, plaintextHex: null };
  const add = (id: ResponseCheckId, outcome: CheckOutcome, detail: Message): boolean => {
    checks.push({ id, outcome, detail: reasonText(detail), detailReason: detail });
    if (outcome === 'fail' && result.failure === null) result.failure = msg('probe-error.check-failed', { check: id, detail });
    return outcome !== 'fail';
  };
  const finish = (): ValidatedResponse => {
    result.valid = !checks.some((check) => check.outcome === 'fail');
    return result;
  };
  const { version } = request;
  const expectedVersion = encodeVersion(version);

  let body: Buffer; // the plaintext from the base response on, padding removed
  let padded: Buffer | null = null;
  let responseIv: Buffer | null = null;
  const cipher = version === 4 ? null : messageCipher(version);
  if (cipher === null) {
    body = view;
  } else {
    if (view.length < 4) {
      add('outer-version', 'fail', msg('kms-check.no-version', { bytes: view.length }));
      return finish();
    }
    const outer = view.readUInt32LE(0);
    if (!add('outer-version', outer === expectedVersion ? 'pass' : 'fail', versionCheck(outer, expectedVersion))) return finish();
    const encrypted = view.length - 4;
    if (
      !add('block-length', encrypted % BLOCK === 0 && encrypted >= 2 * BLOCK ? 'pass' : 'fail', msg('kms-check.block-length', { bytes: encrypted, whole: encrypted % BLOCK === 0 }))
    )
      return finish();
    responseIv = Buffer.from(view.subarray(4, 4 + BLOCK));
    result.responseIv = hex(responseIv);
    padded = cbcDecrypt(cipher, responseIv, view.subarray(4 + BLOCK));
    result.plaintextHex = hex(padded);
    const padLength = pkcs7PadLength(padded);
    if (!add('padding', padLength === null ? 'fail' : 'pass', msg('kms-check.padding', { padBytes: padLength }))) return finish();
    body = padded.subarray(0, padded.length - (padLength ?? 0));
  }

  if (body.length < 4) {
    add('inner-version', 'fail', msg('kms-check.no-version', { bytes: body.length }));
    return finish();
  }
  const inner = body.readUInt32LE(0);
  if (!add('inner-version', inner === expectedVersion ? 'pass' : 'fail', versionCheck(inner, expectedVersion))) return finish();
  const decoded = decodeBaseResponse(body);
  if (!add('epid', decoded.ok ? 'pass' : 'fail', decoded.ok ? msg('kms-check.pid-size', { pidSize: decoded.response.pidSize }) : decoded.reason)) return finish();
  if (!decoded.ok) return finish();
  const base = decoded.response;
  result.base = base;
  const bodyLength = responseBodyLength(version, base.pidSize);
  const expectedLength = responseLength(version, base.pidSize);
  const lengthOk = body.length === bodyLength && view.length === expectedLength;
  if (
    !add(
      'length',
      lengthOk ? 'pass' : 'fail',
      msg('kms-check.length', { bytes: view.length, ok: lengthOk, body: body.length, pidSize: base.pidSize, expected: expectedLength, expectedBody: bodyLength }),
    )
  )
    return finish();

  const sentCmid = uuidToWire(request.base.cmid);
  add(
    'cmid-echo',
    base.cmidBytes.equals(sentCmid) ? 'pass' : 'fail',
    msg('kms-check.echo', { echoed: base.cmid, sent: base.cmidBytes.equals(sentCmid) ? null : request.base.cmid }),
  );
  add(
    'timestamp-echo',
    base.timestamp === request.base.timestamp ? 'pass' : 'fail',
    msg('kms-check.echo', { echoed: `0x${base.timestamp.toString(16)}`, sent: base.timestamp === request.base.timestamp ? null : `0x${request.base.timestamp.toString(16)}` }),
  );

  const baseEnd = decoded.length;
  if (version === 4) {
    const mac = body.subarray(baseEnd, baseEnd + BLOCK);
    const expected = v4Mac(body.subarray(0, baseEnd));
    add('mac', expected.equals(mac) ? 'pass' : 'fail', msg('kms-check.computed', { field: 'MAC', received: hex(mac), computed: expected.equals(mac) ? null : hex(expected) }));
    return finish();
  }
  if (request.dreq === null || request.iv === null || cipher === null || responseIv === null) {
    add('hash', 'fail', msg('kms-check.no-request-iv'));
    return finish();
  }
  const randomXor = body.subarray(baseEnd, baseEnd + RANDOM_XOR_LENGTH);
  const hash = body.subarray(baseEnd + RANDOM_XOR_LENGTH, baseEnd + RANDOM_XOR_LENGTH + HASH_LENGTH);
  const computed = sha256(xorBytes(randomXor, request.dreq));
  add('hash', computed.equals(hash) ? 'pass' : 'fail', msg('kms-check.hash', { computed: computed.equals(hash) ? null : hex(computed), said: hex(hash) }));
  const sameIv = responseIv.equals(request.iv);
  if (version === 5) {
    add('iv-equal', sameIv ? 'pass' : 'fail', msg('kms-check.iv-equal', { responseIv: sameIv ? null : hex(responseIv), requestIv: hex(request.iv) }));
    return finish();
  }
  let at = baseEnd + RANDOM_XOR_LENGTH + HASH_LENGTH;
  const hwid = body.subarray(at, at + HWID_LENGTH);
  result.hwid = hex(hwid);
  at += HWID_LENGTH;
  const xorIv = body.subarray(at, at + XOR_IV_LENGTH);
  at += XOR_IV_LENGTH;
  add('xor-iv', xorIv.equals(request.dreq) ? 'pass' : 'fail', msg('kms-check.xor-iv', { xorIv: xorIv.equals(request.dreq) ? null : hex(xorIv), dreq: hex(request.dreq) }));
  add('iv-fresh', sameIv ? 'suspicious' : 'pass', msg('kms-check.iv-fresh', { fresh: !sameIv }));
  const hmac = body.subarray(at, at + HMAC_LENGTH);
  const input = Buffer.concat([cipher.decryptBlock(responseIv), body.subarray(0, at)]);
  const expectedHmac = v6Hmac(base.timestamp, input);
  add(
    'hmac',
    expectedHmac.equals(hmac) ? 'pass' : 'fail',
    msg('kms-check.computed', { field: 'HMAC', received: hex(hmac), computed: expectedHmac.equals(hmac) ? null : hex(expectedHmac) }),
  );
  return finish();
}
