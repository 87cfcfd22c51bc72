/**
 * KMS request building and response parsing against the captured exchanges of
 * shared/kms-protocol.md §4.8 (golden fixtures in test/fixtures/kms-exchanges.ts): requests decode
 * to the stated fields and rebuild byte-for-byte, responses validate and decode, the host-side
 * builder reproduces the captured responses, and any damage is rejected. Also the request /
 * response / fault PDUs and their NDR32/NDR64 stubs against the §2.10 and §2.12 bytes.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Message } from '../../src/catalog/message.js';
import { render } from '../../src/catalog/render.js';
import { cbcDecrypt } from '../../src/kms/block-cipher.js';
import { decodeEpid } from '../../src/kms/epid.js';
import { type KmsVersion, messageCipher, v6Hmac } from '../../src/kms/kms-crypto.js';
import { type BaseRequest, dateFromFileTime, decodeBaseRequest, encodeWorkstation, fileTimeFromDate } from '../../src/kms/message.js';
import { type BuiltRequest, buildKmsRequest, decodeKmsRequest, requestLength } from '../../src/kms/request.js';
import { buildKmsResponse, responseLength, validateKmsResponse } from '../../src/kms/response.js';
import { encodeBindPdu, MINIMAL_KMS_CONTEXTS } from '../../src/rpc/bind-pdu.js';
import { decodeBindReply } from '../../src/rpc/bind-reply.js';
import {
  decodeCallPdu,
  decodeRequestStub,
  decodeResponseStub,
  encodeFaultPdu,
  encodeRequestPdu,
  encodeRequestStub,
  encodeResponsePdu,
  encodeResponseStub,
} from '../../src/rpc/call-pdu.js';
import { NDR32 } from '../../src/rpc/constants.js';
import * as F from '../fixtures/kms-exchanges.js';

/** The first failed check, in English (empty when none failed). */
const failureText = (result: { failure: Message | null }): string => (result.failure ? render(result.failure) : '');

/** Decodes a captured request and rebuilds it from its own fields and IV. */
function rebuild(payload: Buffer): BuiltRequest {
  const decoded = decodeKmsRequest(payload);
  if (!decoded.ok) throw new Error(decoded.reason);
  const { version, ...fields } = decoded.request.base;
  return buildKmsRequest({ version: decoded.request.version, fields, ...(decoded.request.iv ? { iv: decoded.request.iv } : {}) });
}

const EXCHANGES = [
  {
    name: 'v4',
    version: 4,
    request: F.V4_REQUEST,
    response: F.V4_RESPONSE,
    epid: F.EPID_V4_V6,
    count: 50,
    cmid: '11111111-2222-4333-8444-555555555555',
    workstation: 'probe-v4.example.test',
    kmsId: '7fde5219-fbfa-484a-82c9-34d1ad53e856',
    sku: 'b92e9980-b9d5-4821-9c94-140f632f6312',
    n: 25,
  },
  {
    name: 'v5',
    version: 5,
    request: F.V5_REQUEST,
    response: F.V5_RESPONSE,
    epid: F.EPID_V5,
    count: 10,
    cmid: '33333333-4444-4555-8666-777777777777',
    workstation: 'probe-v5.example.test',
    kmsId: 'e6a6f1bf-9d40-40c3-aa9f-c77ba21578c0',
    sku: 'b322da9c-a2e2-4058-9e4e-f59a6970bd69',
    n: 5,
  },
  {
    name: 'v6',
    version: 6,
    request: F.V6_REQUEST,
    response: F.V6_RESPONSE,
    epid: F.EPID_V4_V6,
    count: 10,
    cmid: '22222222-3333-4444-8555-666666666666',
    workstation: 'probe-v6.example.test',
    kmsId: '8449b1fb-f0ea-497a-99ab-66ca96e9a0f5',
    sku: 'de32eafd-aaee-4662-9444-c1befb41bde2',
    n: 5,
  },
] as const;

const requests = suite('kms/messages: captured requests (§4.8)');

for (const x of EXCHANGES) {
  requests(`${x.name}: decodes to the stated fields`, () => {
    const decoded = decodeKmsRequest(x.request);
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
    if (!decoded.ok) return;
    const base = decoded.request.base;
    assert.is(decoded.request.version, x.version);
    assert.is(base.version, x.version << 16);
    assert.is(base.cmid, x.cmid);
    assert.is(base.workstation, x.workstation);
    assert.is(base.kmsCountedId, x.kmsId);
    assert.is(base.skuId, x.sku);
    assert.is(base.minimumCount, x.n);
    assert.is(base.timestamp, F.CAPTURE_FILETIME);
    assert.is(base.licenseStatus, 2);
    assert.is(base.graceMinutes, 43_200);
    assert.is(base.previousCmid, '00000000-0000-0000-0000-000000000000');
    assert.is(x.request.length, requestLength(x.version));
  });

  requests(`${x.name}: rebuilding from the decoded fields (and the captured IV) gives the captured bytes`, () => {
    assert.is(rebuild(x.request).payload.toString('hex'), x.request.toString('hex'));
  });
}

requests('v5 and v6: Dreq is the raw block decryption of the request IV (§4.8 values)', () => {
  assert.is(rebuild(F.V6_REQUEST).dreq?.toString('hex'), F.V6_DREQ.toString('hex'));
  assert.is(rebuild(F.V5_REQUEST).dreq?.toString('hex'), F.V5_DREQ.toString('hex'));
});

requests('v6: the ciphertext decrypts to the base request followed by 04 04 04 04', () => {
  const plain = cbcDecrypt(messageCipher(6), F.V6_REQUEST.subarray(4, 20), F.V6_REQUEST.subarray(20));
  assert.is(plain.length, 240);
  assert.is(plain.subarray(236).toString('hex'), '04040404');
  assert.is(decodeBaseRequest(plain)?.cmid, '22222222-3333-4444-8555-666666666666');
});

requests('a host refuses damaged or unknown requests (the responder answers 0x8007000D)', () => {
  const flipped = Buffer.from(F.V4_REQUEST);
  flipped[100] = (flipped[100] ?? 0) ^ 1;
  assert.is(decodeKmsRequest(flipped).ok, false, 'v4 MAC');
  const badPad = Buffer.from(F.V6_REQUEST);
  badPad[badPad.length - 1] = (badPad[badPad.length - 1] ?? 0) ^ 0x55;
  assert.is(decodeKmsRequest(badPad).ok, false, 'v6 padding');
  const v7 = Buffer.from(F.V6_REQUEST);
  v7.writeUInt32LE(0x00070000, 0);
  const result = decodeKmsRequest(v7);
  assert.is(result.ok, false);
  if (!result.ok) assert.match(result.reason, /7\.0 is not 4\.0, 5\.0 or 6\.0/);
  const v61 = Buffer.from(F.V6_REQUEST);
  v61.writeUInt32LE(0x00060001, 0);
  assert.is(decodeKmsRequest(v61).ok, false, 'x.1 versions are invalid');
  assert.is(decodeKmsRequest(F.V6_REQUEST.subarray(0, 259)).ok, false, 'length');
});

requests('the workstation name is UTF-16LE, cut at 63 characters, zero-filled to 128 bytes', () => {
  const field = encodeWorkstation('x'.repeat(80));
  assert.is(field.length, 128);
  assert.is(field.toString('utf16le', 0, 126), 'x'.repeat(63));
  assert.is(field.readUInt16LE(126), 0);
});

requests('FILETIME conversion: the capture time is 2026-11-25 19:12:00 UTC', () => {
  assert.is(dateFromFileTime(F.CAPTURE_FILETIME)?.toISOString(), '2026-11-25T19:12:00.000Z');
  assert.is(fileTimeFromDate(new Date('2026-11-25T19:12:00Z')), F.CAPTURE_FILETIME);
});

const responses = suite('kms/messages: captured responses (§4.8)');

for (const x of EXCHANGES) {
  responses(`${x.name}: validates against its request, every check passes, fields decode`, () => {
    const result = validateKmsResponse(x.response, rebuild(x.request));
    assert.is(result.valid, true, result.failure ? render(result.failure) : '');
    assert.ok(
      result.checks.every((check) => check.outcome === 'pass'),
      JSON.stringify(result.checks),
    );
    assert.is(result.base?.epid, x.epid);
    assert.is(result.base?.pidSize, 100);
    assert.is(result.base?.currentCount, x.count);
    assert.is(result.base?.activationInterval, 120);
    assert.is(result.base?.renewalInterval, 10_080);
    assert.is(result.base?.cmid, x.cmid);
    assert.is(x.response.length, responseLength(x.version, 100));
  });

  responses(`${x.name}: the host-side builder reproduces the captured response byte for byte`, () => {
    const request = rebuild(x.request);
    const random = x.version === 6 ? F.V6_R : x.version === 5 ? F.V5_R : undefined;
    const built = buildKmsResponse({
      request,
      epid: x.epid,
      currentCount: x.count,
      activationInterval: 120,
      renewalInterval: 10_080,
      ...(random && { random }),
      ...(x.version === 6 && { hwid: Buffer.from('3a1c049600b60076', 'hex'), responseIv: F.V6_RESPONSE.subarray(4, 20) }),
    });
    assert.is(built.toString('hex'), x.response.toString('hex'));
  });

  responses(`${x.name}: flipping any single byte is rejected${x.version === 5 ? ' (v5: except in the unauthenticated ePID blocks, where the ePID comes out garbled)' : ''}`, () => {
    const request = rebuild(x.request);
    for (let at = 0; at < x.response.length; at += 1) {
      const damaged = Buffer.from(x.response);
      damaged[at] = (damaged[at] ?? 0) ^ 0x01;
      const result = validateKmsResponse(damaged, request);
      if (!result.valid) continue;
      // v5 has no MAC over the body (§4.3): flipping ciphertext block k garbles plaintext block k and
      // flips one bit of block k+1. Only blocks whose plaintext is ePID text get through, and then
      // the ePID no longer has the genuine shape, which the report shows as a tell.
      assert.is(x.version, 5, `byte ${at} flipped still validates`);
      assert.ok(at >= 36 && at < 20 + 16 * 6, `byte ${at} flipped validates outside the ePID blocks`);
      assert.is.not(result.base?.epid, x.epid);
      assert.is(decodeEpid(result.base?.epid ?? '').wellFormed, false, `byte ${at}: garbled ePID still looks genuine`);
    }
  });

  responses(`${x.name}: a response to another request (other CMID/time/IV) is rejected`, () => {
    const { version, ...fields } = rebuild(x.request).base;
    const other = buildKmsRequest({ version: x.version as KmsVersion, fields: { ...fields, cmid: '99999999-9999-4999-8999-999999999999' } as Omit<BaseRequest, 'version'> });
    assert.is(validateKmsResponse(x.response, other).valid, false);
    assert.is(version, x.version << 16);
  });
}

responses('v4: the MAC field is the one stated (b7640af6…)', () => {
  assert.is(F.V4_RESPONSE.subarray(144).toString('hex'), F.V4_RESPONSE_MAC.toString('hex'));
});

responses('v6: decryption gives the stated 232-byte body + 8 pad bytes; XorIV = Dreq, HMAC second half', () => {
  const request = rebuild(F.V6_REQUEST);
  const result = validateKmsResponse(F.V6_RESPONSE, request);
  assert.is(result.plaintextHex, F.V6_RESPONSE_PLAINTEXT.toString('hex'));
  assert.is(result.hwid, '3a1c049600b60076');
  const body = F.V6_RESPONSE_PLAINTEXT.subarray(0, 232);
  assert.is(body.subarray(200, 216).toString('hex'), F.V6_DREQ.toString('hex'));
  const input = Buffer.concat([messageCipher(6).decryptBlock(F.V6_RESPONSE.subarray(4, 20)), body.subarray(0, 216)]);
  assert.is(messageCipher(6).decryptBlock(F.V6_RESPONSE.subarray(4, 20)).toString('hex'), F.V6_DECRYPTED_IV_RESP.toString('hex'));
  assert.is(v6Hmac(F.CAPTURE_FILETIME, input).toString('hex'), F.V6_HMAC_FULL.subarray(16).toString('hex'));
  assert.is(body.subarray(216).toString('hex'), F.V6_HMAC_FULL.subarray(16).toString('hex'));
  assert.is(result.checks.find((check) => check.id === 'iv-fresh')?.outcome, 'pass');
});

responses('v5: the IV equals the request IV and the hash is SHA-256(R) as stated', () => {
  const result = validateKmsResponse(F.V5_RESPONSE, rebuild(F.V5_REQUEST));
  assert.is(result.responseIv, F.V5_REQUEST.subarray(4, 20).toString('hex'));
  assert.is(result.plaintextHex?.slice(2 * 160, 2 * 192), F.V5_HASH.toString('hex'));
  assert.is(result.plaintextHex?.slice(-32), '10'.repeat(16));
});

responses('host-side damage options are each caught by the matching check', () => {
  const cases: Array<[KmsVersion, 'integrity' | 'ciphertext' | 'cmid', string]> = [
    [4, 'integrity', 'mac'],
    [5, 'integrity', 'hash'],
    [6, 'integrity', 'hmac'],
    [5, 'ciphertext', 'padding'],
    [6, 'ciphertext', 'padding'],
    [6, 'cmid', 'cmid-echo'],
    [4, 'cmid', 'cmid-echo'],
  ];
  const { version: _captured, ...fields } = rebuild(F.V6_REQUEST).base;
  for (const [version, corrupt, check] of cases) {
    const request = buildKmsRequest({ version, fields });
    const response = buildKmsResponse({ request, epid: F.EPID_V4_V6, currentCount: 10, activationInterval: 120, renewalInterval: 10_080, corrupt });
    const result = validateKmsResponse(response, request);
    assert.is(result.valid, false, `v${version} ${corrupt}`);
    assert.is(result.checks.find((c) => c.id === check)?.outcome, 'fail', `v${version} ${corrupt}: ${JSON.stringify(result.checks)}`);
  }
});

responses('v6 reusing the request IV is suspicious (a tell), not invalid', () => {
  const request = rebuild(F.V6_REQUEST);
  const response = buildKmsResponse({ request, epid: F.EPID_V4_V6, currentCount: 10, activationInterval: 120, renewalInterval: 10_080, responseIv: request.iv! });
  const result = validateKmsResponse(response, request);
  assert.is(result.valid, true);
  assert.is(result.checks.find((check) => check.id === 'iv-fresh')?.outcome, 'suspicious');
});

responses('sizes follow §4.5 for other ePID lengths, and odd or huge PIDSize is rejected', () => {
  assert.is(responseLength(6, 98), 260);
  assert.is(responseLength(5, 100), 228);
  assert.is(responseLength(4, 100), 160);
  const request = rebuild(F.V4_REQUEST);
  const short = buildKmsResponse({ request, epid: '03612-00206-556-123727-03-1033-9600.0000-2972018', currentCount: 3, activationInterval: 120, renewalInterval: 10_080 });
  assert.is(validateKmsResponse(short, request).valid, true);
  const odd = Buffer.from(F.V4_RESPONSE);
  odd.writeUInt32LE(99, 4);
  assert.match(failureText(validateKmsResponse(odd, request)), /PIDSize 99/);
  const huge = Buffer.from(F.V4_RESPONSE);
  huge.writeUInt32LE(130, 4);
  assert.match(failureText(validateKmsResponse(huge, request)), /PIDSize 130/);
  assert.is(validateKmsResponse(Buffer.alloc(0), rebuild(F.V6_REQUEST)).valid, false);
});

const pdus = suite('rpc/call-pdu: request, response and fault PDUs (§2.10, §2.12)');

pdus('a v6 request PDU over NDR32 is 292 bytes with the captured header; v4 is 284', () => {
  const pdu = encodeRequestPdu({ callId: 2, contextId: 0, stub: encodeRequestStub(F.V6_REQUEST, 'ndr32') });
  assert.is(pdu.length, 292);
  assert.is(pdu.subarray(0, 36).toString('hex'), '05000003100000002401000002000000' + '0c01000000000000' + '0401000004010000' + '00000600');
  assert.is(encodeRequestPdu({ callId: 2, contextId: 0, stub: encodeRequestStub(F.V4_REQUEST, 'ndr32') }).length, 284);
  assert.is(encodeRequestPdu({ callId: 2, contextId: 1, stub: encodeRequestStub(F.V6_REQUEST, 'ndr64') }).length, 300);
});

pdus('request stubs decode back in both syntaxes', () => {
  for (const syntax of ['ndr32', 'ndr64'] as const) {
    const decoded = decodeRequestStub(encodeRequestStub(F.V6_REQUEST, syntax), syntax);
    assert.ok(decoded.ok);
    if (decoded.ok) assert.equal(decoded.payload, F.V6_REQUEST);
  }
  assert.is(decodeRequestStub(Buffer.from('0401000005010000', 'hex'), 'ndr32').ok, false);
});

pdus('a v6 response PDU is 300 bytes with the captured header; v5 268, v4 200', () => {
  const pdu = encodeResponsePdu({ callId: 2, contextId: 0, stub: encodeResponseStub({ payload: F.V6_RESPONSE, returnValue: 0 }, 'ndr32') });
  assert.is(pdu.length, 300);
  assert.is(pdu.subarray(0, 40).toString('hex'), '05000203100000002c01000002000000' + '1401000000000000' + '04010000' + '00000200' + '04010000' + '00000600');
  assert.is(encodeResponsePdu({ callId: 2, contextId: 0, stub: encodeResponseStub({ payload: F.V5_RESPONSE, returnValue: 0 }, 'ndr32') }).length, 268);
  assert.is(encodeResponsePdu({ callId: 2, contextId: 0, stub: encodeResponseStub({ payload: F.V4_RESPONSE, returnValue: 0 }, 'ndr32') }).length, 200);
});

pdus('the captured 36-byte error response decodes to HRESULT 0x8007000D with no data', () => {
  const decoded = decodeCallPdu(F.ERROR_RESPONSE_PDU);
  assert.ok(decoded.ok);
  if (!decoded.ok || decoded.pdu.kind !== 'response') throw new Error('not a response');
  const stub = decodeResponseStub(decoded.pdu.stub, 'ndr32');
  assert.ok(stub.ok);
  if (!stub.ok) return;
  assert.is(stub.payload, null);
  assert.is(stub.returnValue, 0x8007000d);
  assert.equal(encodeResponsePdu({ callId: 2, contextId: 0, stub: encodeResponseStub({ payload: null, returnValue: 0x8007000d }, 'ndr32') }), F.ERROR_RESPONSE_PDU);
});

pdus('response stubs round-trip in both syntaxes; inconsistent ones are refused', () => {
  for (const syntax of ['ndr32', 'ndr64'] as const) {
    const stub = decodeResponseStub(encodeResponseStub({ payload: F.V5_RESPONSE, returnValue: 0 }, syntax), syntax);
    assert.ok(stub.ok);
    if (stub.ok) assert.equal(stub.payload, F.V5_RESPONSE);
  }
  const bad = encodeResponseStub({ payload: F.V4_RESPONSE, returnValue: 0 }, 'ndr32');
  bad.writeUInt32LE(161, 8);
  assert.is(decodeResponseStub(bad, 'ndr32').ok, false, 'count ≠ size');
  assert.is(decodeResponseStub(bad.subarray(0, 100), 'ndr32').ok, false, 'truncated');
});

pdus('a fault PDU is 32 bytes with DID_NOT_EXECUTE and decodes its status', () => {
  const fault = encodeFaultPdu({ callId: 2, contextId: 0, status: 0x1c010003 });
  assert.is(fault.length, 32);
  assert.is(fault[3], 0x23);
  const decoded = decodeCallPdu(fault);
  assert.ok(decoded.ok && decoded.pdu.kind === 'fault' && decoded.pdu.status === 0x1c010003);
});

pdus('the alter_context for NDR32 matches the capture; its response (garbage pads) decodes', () => {
  assert.equal(encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS, flags: 0x13, type: 'alter_context' }), F.ALTER_CONTEXT_NDR32);
  const reply = decodeBindReply(F.ALTER_CONTEXT_RESP);
  assert.ok(reply.ok);
  if (!reply.ok || reply.reply.kind !== 'alter_context_resp') throw new Error('not an alter_context_resp');
  assert.is(reply.reply.results[0]?.result, 0);
  assert.equal(reply.reply.results[0]?.transferSyntax, NDR32);
});

pdus('decodeCallPdu never throws on truncated or foreign bytes', () => {
  for (let length = 0; length < 40; length += 1) decodeCallPdu(F.ERROR_RESPONSE_PDU.subarray(0, length));
  assert.is(decodeCallPdu(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')).ok, false);
  assert.is(decodeCallPdu(F.MINIMAL_BIND).ok, false);
});

requests.run();
responses.run();
pdus.run();
