/**
 * The KMS-specific cryptography of protocol v4, v5 and v6 (shared/kms-protocol.md §4.2–§4.4),
 * built on the block ciphers in ./block-cipher.ts. Keys and constants are the public ones the
 * protocol reference lists.
 */
import { createHash, createHmac } from 'node:crypto';
import { type BlockCipher, cbcMac, nodeAes128, type RoundKeyPatch, rijndael } from './block-cipher.js';

/** v4: Rijndael-128 with this 160-bit key (Nk = 5, 11 rounds) for the CBC-MAC. */
export const V4_KEY = Buffer.from('053d8307f9e5f088eb5ea6686cf037c7e4efd2d6', 'hex');
/** v5: standard AES-128. */
export const V5_KEY = Buffer.from('cd7e796f2ab25dcb55ffc8ef8364c470', 'hex');
/** v6: AES-128 with a tweaked key schedule (see {@link V6_SCHEDULE_PATCHES}). */
export const V6_KEY = Buffer.from('a94a4195e201432d9bcb460405d84a21', 'hex');

/** v6: after the standard expansion, XOR these bytes of the 176-byte schedule (round keys 4, 6, 8). */
export const V6_SCHEDULE_PATCHES: readonly RoundKeyPatch[] = Object.freeze([
  { offset: 64, xor: 0x73 },
  { offset: 96, xor: 0x09 },
  { offset: 128, xor: 0xe4 },
]);

/** v6 HMAC time-slot constants (§4.4): slot = floor(t / C1) × C2 + C3 mod 2^64. */
export const V6_SLOT_C1 = 0x00000022816889bdn;
export const V6_SLOT_C2 = 0x000000208cbab5edn;
export const V6_SLOT_C3 = 0x3156cd5ac628477an;
const U64_MASK = (1n << 64n) - 1n;

export type KmsVersion = 4 | 5 | 6;
export const KMS_VERSIONS: readonly KmsVersion[] = [4, 5, 6];

let v4Cipher: BlockCipher | undefined;
let v5Cipher: BlockCipher | undefined;
let v6Cipher: BlockCipher | undefined;

/** Rijndael-128/160 under the v4 key. */
export function v4BlockCipher(): BlockCipher {
  v4Cipher ??= rijndael(V4_KEY);
  return v4Cipher;
}

/** Standard AES-128 under the v5 key (node:crypto). */
export function v5BlockCipher(): BlockCipher {
  v5Cipher ??= nodeAes128(V5_KEY);
  return v5Cipher;
}

/** AES-128 under the v6 key with the tweaked schedule. */
export function v6BlockCipher(): BlockCipher {
  v6Cipher ??= rijndael(V6_KEY, V6_SCHEDULE_PATCHES);
  return v6Cipher;
}

/** The cipher that encrypts v5 or v6 messages. */
export function messageCipher(version: 5 | 6): BlockCipher {
  return version === 5 ? v5BlockCipher() : v6BlockCipher();
}

/** The v4 MAC of `message`: CBC-MAC, IV 0, ISO 9797-1 method 2 padding. */
export function v4Mac(message: Uint8Array): Buffer {
  return cbcMac(v4BlockCipher(), message);
}

export function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The v6 HMAC time slot for a FILETIME (BigInt arithmetic, wraps at 2^64). */
export function v6TimeSlot(filetime: bigint): bigint {
  return ((filetime / V6_SLOT_C1) * V6_SLOT_C2 + V6_SLOT_C3) & U64_MASK;
}

/** The v6 HMAC key for a FILETIME: the last 16 bytes of SHA-256(slot as 8 little-endian bytes). */
export function v6HmacKey(filetime: bigint): Buffer {
  const slot = Buffer.alloc(8);
  slot.writeBigUInt64LE(v6TimeSlot(filetime));
  return sha256(slot).subarray(16, 32);
}

/** The v6 HMAC field: the last 16 bytes of HMAC-SHA256(key(t), input). */
export function v6Hmac(filetime: bigint, input: Uint8Array): Buffer {
  return createHmac('sha256', v6HmacKey(filetime)).update(input).digest().subarray(16, 32);
}
