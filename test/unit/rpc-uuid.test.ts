import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BTFN_WINDOWS, KMS_INTERFACE, NDR32, NDR64 } from '../../src/rpc/constants.js';
import { isUuid, uuidFromWire, uuidToWire } from '../../src/rpc/uuid.js';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');

const test = suite('rpc/uuid');

// Wire bytes from shared/kms-protocol.md §2.5 (also visible in the captured binds of §2.12).
const KNOWN: Array<[string, string]> = [
  [KMS_INTERFACE.uuid, '75 21 c8 51 4e 84 50 47 b0 d8 ec 25 55 55 bc 06'],
  [NDR32.uuid, '04 5d 88 8a eb 1c c9 11 9f e8 08 00 2b 10 48 60'],
  [NDR64.uuid, '33 05 71 71 ba be 37 49 83 19 b5 db ef 9c cc 36'],
  [BTFN_WINDOWS.uuid, '2c 1c b7 6c 12 98 40 45 03 00 00 00 00 00 00 00'],
];

for (const [uuid, wire] of KNOWN) {
  test(`${uuid} encodes to its captured wire bytes`, () => {
    assert.equal(uuidToWire(uuid).toString('hex'), hex(wire).toString('hex'));
  });
  test(`${uuid} decodes from its captured wire bytes`, () => {
    assert.is(uuidFromWire(hex(wire)), uuid);
  });
}

test('constants carry the documented versions', () => {
  assert.equal([KMS_INTERFACE.major, KMS_INTERFACE.minor], [1, 0]);
  assert.equal([NDR32.major, NDR32.minor], [2, 0]);
  assert.equal([NDR64.major, NDR64.minor], [1, 0]);
});

test('upper-case input is accepted and decoding yields lower case', () => {
  const wire = uuidToWire(KMS_INTERFACE.uuid.toUpperCase());
  assert.is(uuidFromWire(wire), KMS_INTERFACE.uuid);
});

test('decodes at an offset inside a larger buffer', () => {
  const bytes = Buffer.concat([Buffer.from([0xaa, 0xbb, 0xcc]), uuidToWire(NDR64.uuid), Buffer.from([0xdd])]);
  assert.is(uuidFromWire(bytes, 3), NDR64.uuid);
});

test('malformed strings are rejected with a TypeError', () => {
  for (const bad of ['', 'not-a-uuid', '51c82175844e4750b0d8ec255555bc06', '{51c82175-844e-4750-b0d8-ec255555bc06}', '51c82175-844e-4750-b0d8-ec255555bc0g']) {
    assert.is(isUuid(bad), false, bad);
    assert.throws(
      () => uuidToWire(bad),
      (error: unknown) => error instanceof TypeError,
      bad,
    );
  }
});

test('reading past the end throws a RangeError instead of inventing bytes', () => {
  assert.throws(
    () => uuidFromWire(Buffer.alloc(15)),
    (error: unknown) => error instanceof RangeError,
  );
  assert.throws(
    () => uuidFromWire(Buffer.alloc(16), 1),
    (error: unknown) => error instanceof RangeError,
  );
  assert.throws(
    () => uuidFromWire(Buffer.alloc(16), -1),
    (error: unknown) => error instanceof RangeError,
  );
});

test('string -> wire -> string round-trips for any UUID', () => {
  fc.assert(
    fc.property(fc.uuid(), (uuid) => {
      const wire = uuidToWire(uuid);
      assert.is(wire.length, 16);
      assert.is(uuidFromWire(wire), uuid.toLowerCase());
    }),
  );
});

test('wire -> string -> wire round-trips for any 16 bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
      assert.equal(uuidToWire(uuidFromWire(bytes)).toString('hex'), Buffer.from(bytes).toString('hex'));
    }),
  );
});

test.run();
