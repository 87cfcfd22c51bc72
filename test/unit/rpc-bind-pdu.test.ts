import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type BindContext, decodeBindPdu, decodeCommonHeader, encodeBindPdu, MINIMAL_KMS_CONTEXTS, WINDOWS_STYLE_KMS_CONTEXTS } from '../../src/rpc/bind-pdu.js';
import { BTFN_WINDOWS, KMS_INTERFACE, NDR32, NDR64, PDU_TYPE } from '../../src/rpc/constants.js';

// Captured on loopback from vlmcs (shared/kms-protocol.md §2.12).
import { ALTER_CONTEXT_NDR32 as ALTER_CONTEXT, MINIMAL_BIND, WINDOWS_BIND } from '../fixtures/kms-exchanges.js';

const encode = suite('rpc/bind-pdu encode');

encode('the minimal KMS bind with flags 0x13 and call id 2 equals the captured 72 bytes', () => {
  const pdu = encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS, flags: 0x13 });
  assert.is(pdu.length, 72);
  assert.is(pdu.toString('hex'), MINIMAL_BIND.toString('hex'));
});

encode('the default flags are FIRST|LAST (0x03); nothing else changes', () => {
  const pdu = encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS });
  assert.is(pdu[3], 0x03);
  const expected = Buffer.from(MINIMAL_BIND);
  expected[3] = 0x03;
  assert.is(pdu.toString('hex'), expected.toString('hex'));
});

encode('the Windows-style 3-context bind equals the captured 160 bytes', () => {
  const pdu = encodeBindPdu({ callId: 2, contexts: WINDOWS_STYLE_KMS_CONTEXTS, flags: 0x13 });
  assert.is(pdu.length, 160);
  assert.is(pdu.toString('hex'), WINDOWS_BIND.toString('hex'));
});

encode('alter_context has the bind body and PTYPE 14 (captured 72 bytes)', () => {
  const pdu = encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS, flags: 0x13, type: 'alter_context' });
  assert.is(pdu.toString('hex'), ALTER_CONTEXT.toString('hex'));
});

encode('call id, frags and assoc group land in their little-endian fields', () => {
  const pdu = encodeBindPdu({ callId: 0x01020304, contexts: MINIMAL_KMS_CONTEXTS, maxXmitFrag: 4280, maxRecvFrag: 1024, assocGroup: 0xdbb53edf });
  assert.is(pdu.readUInt32LE(12), 0x01020304);
  assert.is(pdu.readUInt16LE(16), 4280);
  assert.is(pdu.readUInt16LE(18), 1024);
  assert.is(pdu.readUInt32LE(20), 0xdbb53edf);
});

encode('values that do not fit their fields are programming errors (RangeError)', () => {
  const isRange = (error: unknown): boolean => error instanceof RangeError;
  assert.throws(() => encodeBindPdu({ callId: 2, contexts: [] }), isRange);
  assert.throws(() => encodeBindPdu({ callId: -1, contexts: MINIMAL_KMS_CONTEXTS }), isRange);
  assert.throws(() => encodeBindPdu({ callId: 2 ** 32, contexts: MINIMAL_KMS_CONTEXTS }), isRange);
  assert.throws(() => encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS, flags: 256 }), isRange);
  const badVersion: BindContext = { contextId: 0, abstractSyntax: { ...KMS_INTERFACE, major: 70000 }, transferSyntax: NDR32 };
  assert.throws(() => encodeBindPdu({ callId: 2, contexts: [badVersion] }), isRange);
});

encode.run();

const decode = suite('rpc/bind-pdu decode');

decode('decodeCommonHeader reads every field of the captured bind', () => {
  const header = decodeCommonHeader(WINDOWS_BIND);
  assert.equal(header, {
    rpcVersion: 5,
    rpcVersionMinor: 0,
    type: PDU_TYPE.bind,
    flags: 0x13,
    drep: [0x10, 0, 0, 0],
    fragLength: 160,
    authLength: 0,
    callId: 2,
  });
  assert.is(decodeCommonHeader(WINDOWS_BIND.subarray(0, 15)), null);
});

decode('the captured Windows-style bind decodes to NDR32, NDR64 and BTFN contexts', () => {
  const result = decodeBindPdu(WINDOWS_BIND);
  if (!result.ok) throw new Error(result.reason);
  assert.is(result.pdu.maxXmitFrag, 5840);
  assert.is(result.pdu.maxRecvFrag, 5840);
  assert.is(result.pdu.assocGroup, 0);
  assert.equal(
    result.pdu.contexts.map((c) => [c.contextId, c.abstractSyntax, c.transferSyntaxes]),
    [
      [0, KMS_INTERFACE, [NDR32]],
      [1, KMS_INTERFACE, [NDR64]],
      [2, KMS_INTERFACE, [BTFN_WINDOWS]],
    ],
  );
});

decode('a context element offering two transfer syntaxes is read whole', () => {
  // Hand-built: one element with n_transfer_syn = 2 (NDR32, NDR64), 92 bytes in all.
  const pdu = Buffer.concat([encodeBindPdu({ callId: 7, contexts: MINIMAL_KMS_CONTEXTS }), Buffer.alloc(20)]);
  pdu.writeUInt16LE(pdu.length, 8);
  pdu[30] = 2;
  encodeBindPdu({ callId: 0, contexts: [{ contextId: 0, abstractSyntax: NDR64, transferSyntax: NDR64 }] }).copy(pdu, 72, 32, 52);
  const result = decodeBindPdu(pdu);
  if (!result.ok) throw new Error(result.reason);
  assert.equal(result.pdu.contexts[0]?.transferSyntaxes, [NDR32, NDR64]);
});

decode('every truncation of the captured binds is refused without throwing', () => {
  for (const golden of [MINIMAL_BIND, WINDOWS_BIND]) {
    for (let length = 0; length < golden.length; length += 1) {
      const result = decodeBindPdu(golden.subarray(0, length));
      assert.is(result.ok, false, `length ${length}`);
    }
  }
});

decode('a frag_length that cuts the context list short is refused', () => {
  const pdu = Buffer.from(WINDOWS_BIND);
  pdu.writeUInt16LE(100, 8);
  const result = decodeBindPdu(pdu);
  assert.is(result.ok, false);
  if (!result.ok) assert.match(result.reason, /context element 1/);
});

decode('non-bind PDUs and other RPC versions are refused', () => {
  const reply = Buffer.from(MINIMAL_BIND);
  reply[2] = PDU_TYPE.bindAck;
  assert.is(decodeBindPdu(reply).ok, false);
  const v4 = Buffer.from(MINIMAL_BIND);
  v4[0] = 4;
  assert.is(decodeBindPdu(v4).ok, false);
  assert.is(decodeBindPdu(Buffer.from('GET / HTTP/1.1\r\nHost: kms\r\n\r\n')).ok, false);
});

decode('encode -> decode round-trips arbitrary contexts', () => {
  const syntax = fc.record({ uuid: fc.uuid(), major: fc.integer({ min: 0, max: 0xffff }), minor: fc.integer({ min: 0, max: 0xffff }) });
  const context = fc.record({ contextId: fc.integer({ min: 0, max: 0xffff }), abstractSyntax: syntax, transferSyntax: syntax });
  fc.assert(
    fc.property(fc.array(context, { minLength: 1, maxLength: 8 }), fc.nat(), fc.boolean(), (contexts, callId, alter) => {
      const pdu = encodeBindPdu({ callId, contexts, type: alter ? 'alter_context' : 'bind' });
      const result = decodeBindPdu(pdu);
      if (!result.ok) throw new Error(result.reason);
      assert.is(result.pdu.header.callId, callId);
      assert.is(result.pdu.header.type, alter ? PDU_TYPE.alterContext : PDU_TYPE.bind);
      assert.equal(
        result.pdu.contexts,
        contexts.map((c) => ({
          contextId: c.contextId,
          abstractSyntax: { ...c.abstractSyntax, uuid: c.abstractSyntax.uuid.toLowerCase() },
          transferSyntaxes: [{ ...c.transferSyntax, uuid: c.transferSyntax.uuid.toLowerCase() }],
        })),
      );
    }),
  );
});

decode.run();
