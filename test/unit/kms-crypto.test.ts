/**
 * The block ciphers and MACs of the KMS protocol against published vectors: FIPS-197 (AES-128,
 * appendix C.1) for both the self-written Rijndael core and node:crypto, and every known-answer
 * vector of shared/kms-protocol.md §4.7.
 */
import { randomBytes } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BLOCK, cbcDecrypt, cbcEncrypt, cbcMac, expandKey, nodeAes128, pkcs7Pad, pkcs7PadLength, rijndael, xorBytes } from '../../src/kms/block-cipher.js';
import { sha256, V4_KEY, V5_KEY, V6_KEY, V6_SCHEDULE_PATCHES, v4BlockCipher, v4Mac, v5BlockCipher, v6BlockCipher, v6HmacKey, v6TimeSlot } from '../../src/kms/kms-crypto.js';

const hex = (text: string): Buffer => Buffer.from(text, 'hex');
const ZERO = Buffer.alloc(16);

const fips = suite('kms/crypto: FIPS-197 AES-128');

const FIPS_KEY = hex('000102030405060708090a0b0c0d0e0f');
const FIPS_PLAIN = hex('00112233445566778899aabbccddeeff');
const FIPS_CIPHER = '69c4e0d86a7b0430d8cdb78070b4c55a';

fips('the Rijndael core encrypts the FIPS-197 C.1 vector and decrypts it back', () => {
  const aes = rijndael(FIPS_KEY);
  assert.is(aes.encryptBlock(FIPS_PLAIN).toString('hex'), FIPS_CIPHER);
  assert.is(aes.decryptBlock(hex(FIPS_CIPHER)).toString('hex'), FIPS_PLAIN.toString('hex'));
});

fips('node:crypto (aes-128-ecb, one block) gives the same vector', () => {
  const aes = nodeAes128(FIPS_KEY);
  assert.is(aes.encryptBlock(FIPS_PLAIN).toString('hex'), FIPS_CIPHER);
  assert.is(aes.decryptBlock(hex(FIPS_CIPHER)).toString('hex'), FIPS_PLAIN.toString('hex'));
});

fips('the FIPS-197 key expansion ends in the published last round key (appendix A.1)', () => {
  const schedule = expandKey(hex('2b7e151628aed2a6abf7158809cf4f3c'));
  assert.is(schedule.length, 176);
  assert.is(Buffer.from(schedule.subarray(160)).toString('hex'), 'd014f9a8c9ee2589e13f0cc8b6630ca6');
});

fips('the Rijndael core and node:crypto agree on random keys and blocks', () => {
  for (let i = 0; i < 50; i += 1) {
    const key = randomBytes(16);
    const block = randomBytes(16);
    assert.is(rijndael(key).encryptBlock(block).toString('hex'), nodeAes128(key).encryptBlock(block).toString('hex'));
    assert.is(rijndael(key).decryptBlock(block).toString('hex'), nodeAes128(key).decryptBlock(block).toString('hex'));
  }
});

fips('keys of other lengths and patches outside the schedule are programming errors', () => {
  assert.throws(() => rijndael(Buffer.alloc(24)), /16- or 20-byte key/);
  assert.throws(() => expandKey(Buffer.alloc(16), [{ offset: 176, xor: 1 }]), /outside/);
  assert.throws(() => rijndael(FIPS_KEY).encryptBlock(Buffer.alloc(15)), /16 bytes/);
});

const kat = suite('kms/crypto: §4.7 known-answer vectors');

kat('AES-128 with the v5 key encrypts 16 zero bytes to ec7c7e75…', () => {
  assert.is(v5BlockCipher().encryptBlock(ZERO).toString('hex'), 'ec7c7e75b1923978eac4b2d2260235d5');
  assert.is(rijndael(V5_KEY).encryptBlock(ZERO).toString('hex'), 'ec7c7e75b1923978eac4b2d2260235d5');
});

kat('AES-128 with the v6 key, standard schedule → b4c3c015…', () => {
  assert.is(rijndael(V6_KEY).encryptBlock(ZERO).toString('hex'), 'b4c3c015f6fb320c9b64aecd52fa58c8');
  assert.is(nodeAes128(V6_KEY).encryptBlock(ZERO).toString('hex'), 'b4c3c015f6fb320c9b64aecd52fa58c8');
});

kat('AES-128 with the v6 key, tweaked schedule → 8ca59de0…, and it decrypts back', () => {
  assert.is(v6BlockCipher().encryptBlock(ZERO).toString('hex'), '8ca59de0c483c04aa7026a22d6dd208e');
  assert.is(v6BlockCipher().decryptBlock(hex('8ca59de0c483c04aa7026a22d6dd208e')).toString('hex'), ZERO.toString('hex'));
});

kat('the v6 tweak only XORs bytes 64, 96 and 128 of the finished schedule', () => {
  const plain = expandKey(V6_KEY);
  const tweaked = expandKey(V6_KEY, V6_SCHEDULE_PATCHES);
  const differing = [...plain.keys()].filter((i) => plain[i] !== tweaked[i]);
  assert.equal(differing, [64, 96, 128]);
  assert.is(plain[64]! ^ tweaked[64]!, 0x73);
  assert.is(plain[96]! ^ tweaked[96]!, 0x09);
  assert.is(plain[128]! ^ tweaked[128]!, 0xe4);
});

kat('Rijndael-128/160 with the v4 key (11 rounds) → 933030f1…', () => {
  assert.is(expandKey(V4_KEY).length, 12 * 16);
  assert.is(v4BlockCipher().encryptBlock(ZERO).toString('hex'), '933030f10e2e7782b80915d5778a4957');
  assert.is(v4BlockCipher().decryptBlock(hex('933030f10e2e7782b80915d5778a4957')).toString('hex'), ZERO.toString('hex'));
});

kat('v4 MAC of 236 zero bytes → 4c1b4de4…; of the empty message → d1449630…', () => {
  assert.is(v4Mac(Buffer.alloc(236)).toString('hex'), '4c1b4de4008508d66d9ed22963ae52b2');
  assert.is(v4Mac(Buffer.alloc(0)).toString('hex'), 'd144963029e2bd12f9970c9f52b27f09');
});

kat('v6 HMAC key for FILETIME 0x01DD7D10D8BA0000: slot 0x331939e56730c14f, key cc4dfa15…', () => {
  const t = 0x01dd7d10d8ba0000n;
  assert.is(v6TimeSlot(t), 0x331939e56730c14fn);
  const slot = Buffer.alloc(8);
  slot.writeBigUInt64LE(v6TimeSlot(t));
  assert.is(sha256(slot).toString('hex'), '9ccbfd1b07db9f1935abcc1c4156c1aecc4dfa15e84e7c212594ca4c89767a26');
  assert.is(v6HmacKey(t).toString('hex'), 'cc4dfa15e84e7c212594ca4c89767a26');
});

kat('the slot arithmetic wraps at 2^64', () => {
  const slot = v6TimeSlot((1n << 64n) - 1n);
  assert.ok(slot >= 0n && slot < 1n << 64n);
});

const modes = suite('kms/crypto: modes and padding');

modes('CBC round-trips and chains blocks (equal plaintext blocks differ on the wire)', () => {
  const iv = randomBytes(16);
  const plain = Buffer.concat([Buffer.alloc(16, 7), Buffer.alloc(16, 7)]);
  const encrypted = cbcEncrypt(v6BlockCipher(), iv, plain);
  assert.not.equal(encrypted.subarray(0, 16), encrypted.subarray(16));
  assert.equal(cbcDecrypt(v6BlockCipher(), iv, encrypted), plain);
  assert.throws(() => cbcEncrypt(v5BlockCipher(), iv, Buffer.alloc(17)), /whole blocks/);
});

modes('PKCS#7 always adds 1–16 bytes and is validated, not stripped blindly', () => {
  assert.is(pkcs7Pad(Buffer.alloc(236)).length, 240);
  assert.is(pkcs7Pad(Buffer.alloc(192)).length, 208);
  assert.is(pkcs7PadLength(pkcs7Pad(Buffer.alloc(192))), 16);
  assert.is(pkcs7PadLength(pkcs7Pad(Buffer.alloc(236))), 4);
  const bad = pkcs7Pad(Buffer.alloc(236));
  bad[bad.length - 2] = 3;
  assert.is(pkcs7PadLength(bad), null);
  assert.is(pkcs7PadLength(Buffer.concat([Buffer.alloc(15), Buffer.from([0])])), null);
  assert.is(pkcs7PadLength(Buffer.concat([Buffer.alloc(15), Buffer.from([17])])), null);
});

modes('CBC-MAC pads with 0x80 and zeros: a whole-block message gains a full block', () => {
  const cipher = v4BlockCipher();
  const oneBlock = Buffer.alloc(16, 0x41);
  const padded = Buffer.concat([oneBlock, Buffer.from([0x80]), Buffer.alloc(15)]);
  assert.equal(cbcMac(cipher, oneBlock), cbcEncrypt(cipher, Buffer.alloc(BLOCK), padded).subarray(16));
  assert.equal(xorBytes(hex('ff00'), hex('0f0f')), hex('f00f'));
});

fips.run();
kat.run();
modes.run();
