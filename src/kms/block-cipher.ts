/**
 * The block ciphers the KMS protocol needs (shared/kms-protocol.md §4, §7):
 *
 * - standard AES-128 (v5) through `node:crypto` (`aes-128-ecb`, one block at a time, no padding);
 * - a small Rijndael core with a 128-bit block and a 128- or 160-bit key (Nk 4 or 5, 10 or 11
 *   rounds) whose expanded round keys can be patched after expansion — v4 uses Nk = 5, v6 uses
 *   AES-128 with three round-key bytes flipped, and stock AES cannot do either.
 *
 * Modes (CBC, CBC-MAC) are written by hand on top of single-block operations so the padding can be
 * validated rather than stripped silently. The keys are public constants, so nothing here tries to
 * resist side channels.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

/** Rijndael/AES block size in bytes. */
export const BLOCK = 16;

/** One-block encryption and decryption under a fixed key. */
export interface BlockCipher {
  encryptBlock(block: Uint8Array): Buffer;
  decryptBlock(block: Uint8Array): Buffer;
}

// --- GF(2^8) tables, computed rather than typed in -------------------------------------------

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    x = ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
    y >>= 1;
  }
  return product;
}

const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
let tablesReady = false;

/** Builds the S-boxes on first use (CLI start-up does not pay for them). */
function buildTables(): void {
  if (tablesReady) return;
  // Multiplicative inverse by brute force (256×256, once), then the FIPS-197 affine map.
  for (let value = 0; value < 256; value += 1) {
    let inverse = 0;
    if (value !== 0) {
      for (let candidate = 1; candidate < 256; candidate += 1) {
        if (gmul(value, candidate) === 1) {
          inverse = candidate;
          break;
        }
      }
    }
    let s = inverse;
    for (let shift = 1; shift <= 4; shift += 1) s ^= ((inverse << shift) | (inverse >> (8 - shift))) & 0xff;
    s ^= 0x63;
    SBOX[value] = s;
    INV_SBOX[s] = value;
  }
  tablesReady = true;
}

const sbox = (x: number): number => SBOX[x] ?? 0;
const invSbox = (x: number): number => INV_SBOX[x] ?? 0;

/** A patch applied to the expanded key: XOR `xor` into byte `offset` (0-based, standard byte order). */
export interface RoundKeyPatch {
  offset: number;
  xor: number;
}

/**
 * Expands a 16- or 20-byte key into (Nr + 1) × 16 round-key bytes (Nr = Nk + 6), then applies
 * `patches` to the finished schedule, so a patch never feeds back into later key words.
 * @throws RangeError for another key length or a patch outside the schedule (programming errors).
 */
export function expandKey(key: Uint8Array, patches: readonly RoundKeyPatch[] = []): Uint8Array {
  buildTables();
  const nk = key.length / 4;
  if (nk !== 4 && nk !== 5) throw new RangeError(`Rijndael here takes a 16- or 20-byte key, not ${key.length} bytes`);
  const rounds = nk + 6;
  const words = 4 * (rounds + 1);
  const schedule = new Uint8Array(words * 4);
  schedule.set(key);
  let rcon = 1;
  for (let i = nk; i < words; i += 1) {
    const t = schedule.slice((i - 1) * 4, i * 4);
    if (i % nk === 0) {
      const first = t[0] ?? 0;
      t[0] = sbox(t[1] ?? 0) ^ rcon;
      t[1] = sbox(t[2] ?? 0);
      t[2] = sbox(t[3] ?? 0);
      t[3] = sbox(first);
      rcon = gmul(rcon, 2);
    }
    for (let b = 0; b < 4; b += 1) schedule[i * 4 + b] = (schedule[(i - nk) * 4 + b] ?? 0) ^ (t[b] ?? 0);
  }
  for (const patch of patches) {
    if (!Number.isInteger(patch.offset) || patch.offset < 0 || patch.offset >= schedule.length) {
      throw new RangeError(`round-key patch offset ${patch.offset} is outside the ${schedule.length}-byte schedule`);
    }
    schedule[patch.offset] = (schedule[patch.offset] ?? 0) ^ (patch.xor & 0xff);
  }
  return schedule;
}

function addRoundKey(state: Uint8Array, schedule: Uint8Array, round: number): void {
  for (let i = 0; i < BLOCK; i += 1) state[i] = (state[i] ?? 0) ^ (schedule[round * BLOCK + i] ?? 0);
}

/** State byte i is row i % 4, column i / 4 (the input order of FIPS-197). */
function shiftRows(state: Uint8Array, inverse: boolean): void {
  const copy = state.slice();
  for (let row = 1; row < 4; row += 1) {
    for (let column = 0; column < 4; column += 1) {
      const from = inverse ? (column - row + 4) % 4 : (column + row) % 4;
      state[row + 4 * column] = copy[row + 4 * from] ?? 0;
    }
  }
}

function mixColumns(state: Uint8Array, inverse: boolean): void {
  const [m0, m1, m2, m3] = inverse ? [14, 11, 13, 9] : [2, 3, 1, 1];
  for (let column = 0; column < 4; column += 1) {
    const a = state.slice(4 * column, 4 * column + 4);
    const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = a;
    state[4 * column] = gmul(a0, m0) ^ gmul(a1, m1) ^ gmul(a2, m2) ^ gmul(a3, m3);
    state[4 * column + 1] = gmul(a0, m3) ^ gmul(a1, m0) ^ gmul(a2, m1) ^ gmul(a3, m2);
    state[4 * column + 2] = gmul(a0, m2) ^ gmul(a1, m3) ^ gmul(a2, m0) ^ gmul(a3, m1);
    state[4 * column + 3] = gmul(a0, m1) ^ gmul(a1, m2) ^ gmul(a2, m3) ^ gmul(a3, m0);
  }
}

function checkBlock(block: Uint8Array): void {
  if (block.length !== BLOCK) throw new RangeError(`a block is ${BLOCK} bytes, not ${block.length}`);
}

/**
 * Rijndael with a 128-bit block over an already expanded (and possibly patched) schedule.
 * Decryption is the straightforward inverse cipher over the same round keys, so a patched
 * schedule is used unchanged in both directions.
 */
export function rijndael(key: Uint8Array, patches: readonly RoundKeyPatch[] = []): BlockCipher {
  const schedule = expandKey(key, patches);
  const rounds = schedule.length / BLOCK - 1;
  return {
    encryptBlock(block) {
      checkBlock(block);
      const state = Uint8Array.from(block);
      addRoundKey(state, schedule, 0);
      for (let round = 1; round <= rounds; round += 1) {
        for (let i = 0; i < BLOCK; i += 1) state[i] = sbox(state[i] ?? 0);
        shiftRows(state, false);
        if (round !== rounds) mixColumns(state, false);
        addRoundKey(state, schedule, round);
      }
      return Buffer.from(state);
    },
    decryptBlock(block) {
      checkBlock(block);
      const state = Uint8Array.from(block);
      addRoundKey(state, schedule, rounds);
      for (let round = rounds - 1; round >= 0; round -= 1) {
        shiftRows(state, true);
        for (let i = 0; i < BLOCK; i += 1) state[i] = invSbox(state[i] ?? 0);
        addRoundKey(state, schedule, round);
        if (round !== 0) mixColumns(state, true);
      }
      return Buffer.from(state);
    },
  };
}

/** Standard AES-128 from node:crypto, one ECB block at a time without padding. */
export function nodeAes128(key: Uint8Array): BlockCipher {
  if (key.length !== 16) throw new RangeError(`AES-128 takes a 16-byte key, not ${key.length} bytes`);
  const run = (decrypt: boolean, block: Uint8Array): Buffer => {
    checkBlock(block);
    const cipher = decrypt ? createDecipheriv('aes-128-ecb', key, null) : createCipheriv('aes-128-ecb', key, null);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(block), cipher.final()]);
  };
  return { encryptBlock: (block) => run(false, block), decryptBlock: (block) => run(true, block) };
}

function xorInto(target: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < target.length; i += 1) target[i] = (target[i] ?? 0) ^ (other[i] ?? 0);
}

/** XOR of two equal-length byte strings. */
export function xorBytes(a: Uint8Array, b: Uint8Array): Buffer {
  if (a.length !== b.length) throw new RangeError(`cannot XOR ${a.length} bytes with ${b.length}`);
  const out = Buffer.from(a);
  xorInto(out, b);
  return out;
}

/** Checks the IV and that the input is whole blocks (CBC pads nothing itself); gives the output buffer. */
function cbcOutput(iv: Uint8Array, input: Uint8Array): Buffer {
  checkBlock(iv);
  if (input.length % BLOCK !== 0) throw new RangeError(`CBC input must be whole blocks, not ${input.length} bytes`);
  return Buffer.alloc(input.length);
}

/** CBC encryption of whole blocks (the caller pads). */
export function cbcEncrypt(cipher: BlockCipher, iv: Uint8Array, plaintext: Uint8Array): Buffer {
  const out = cbcOutput(iv, plaintext);
  let previous: Uint8Array = iv;
  for (let at = 0; at < plaintext.length; at += BLOCK) {
    const block = Buffer.from(plaintext.subarray(at, at + BLOCK));
    xorInto(block, previous);
    previous = cipher.encryptBlock(block);
    out.set(previous, at);
  }
  return out;
}

/** CBC decryption of whole blocks; padding is left in place for the caller to validate. */
export function cbcDecrypt(cipher: BlockCipher, iv: Uint8Array, ciphertext: Uint8Array): Buffer {
  const out = cbcOutput(iv, ciphertext);
  let previous: Uint8Array = iv;
  for (let at = 0; at < ciphertext.length; at += BLOCK) {
    const block = ciphertext.subarray(at, at + BLOCK);
    const plain = cipher.decryptBlock(block);
    xorInto(plain, previous);
    out.set(plain, at);
    previous = block;
  }
  return out;
}

/** PKCS#7: 1–16 bytes of value n, so an input that is already whole blocks gains a full block. */
export function pkcs7Pad(data: Uint8Array): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

/** The pad length when the last n bytes are all n (1…16), else null. */
export function pkcs7PadLength(data: Uint8Array): number | null {
  if (data.length === 0 || data.length % BLOCK !== 0) return null;
  const n = data[data.length - 1] ?? 0;
  if (n < 1 || n > BLOCK) return null;
  for (let i = data.length - n; i < data.length; i += 1) if (data[i] !== n) return null;
  return n;
}

/**
 * CBC-MAC with IV 0 and ISO/IEC 9797-1 padding method 2 (one 0x80, then zeros to a whole block;
 * always at least one byte). The MAC is the last cipher block. No CMAC sub-keys.
 */
export function cbcMac(cipher: BlockCipher, message: Uint8Array): Buffer {
  const padded = Buffer.alloc((Math.floor(message.length / BLOCK) + 1) * BLOCK);
  padded.set(message);
  padded[message.length] = 0x80;
  const encrypted = cbcEncrypt(cipher, Buffer.alloc(BLOCK), padded);
  return encrypted.subarray(encrypted.length - BLOCK);
}
