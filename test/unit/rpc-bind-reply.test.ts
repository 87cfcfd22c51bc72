import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { BIND_ANOMALY_KINDS, BIND_VERDICTS, type BindAckReply, type BindNakReply, decodeBindReply, judgeBindReply } from '../../src/rpc/bind-reply.js';
import { bindNakReasonName, contextReasonName, contextResultName, NDR32, NDR64 } from '../../src/rpc/constants.js';
import { uuidToWire } from '../../src/rpc/uuid.js';
// Captured on loopback from vlmcsd (shared/kms-protocol.md §2.12).
import {
  MINIMAL_BIND_ACK as ACK_60,
  NDR32_ONLY_BIND_ACK as ACK_NDR32_ONLY,
  NDR64_PREFERRING_BIND_ACK as ACK_NDR64_PREFERRED,
  ALTER_CONTEXT_RESP,
} from '../fixtures/kms-exchanges.js';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');

const ZERO_SYNTAX = { uuid: '00000000-0000-0000-0000-000000000000', major: 0, minor: 0 };

const ACK_WRONG_INTERFACE = hex(`
05 00 0c 03 10 00 00 00 3c 00 00 00 02 00 00 00
d0 16 d0 16 e6 3e b5 db 05 00 31 36 38 38 00 00
01 00 00 00 02 00 01 00 00 00 00 00 00 00 00 00
00 00 00 00 00 00 00 00 00 00 00 00`);

/** Hand-built bind_nak: reason 4, one supported version 5.0, padded to 24 bytes. */
const NAK = hex('05 00 0d 03 10 00 00 00 18 00 00 00 02 00 00 00 04 00 01 05 00 00 00 00');

/** A KMS-level error response (§2.10): valid DCE/RPC, but not a reply to a bind. */
const RESPONSE_PDU = hex('05 00 02 03 10 00 00 00 24 00 00 00 02 00 00 00 0c 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 0d 00 07 80');

const GOLDEN_REPLIES: Array<[string, Buffer]> = [
  ['60-byte bind_ack', ACK_60],
  ['NDR64-preferring bind_ack', ACK_NDR64_PREFERRED],
  ['NDR32-only bind_ack', ACK_NDR32_ONLY],
  ['alter_context_resp', ALTER_CONTEXT_RESP],
  ['wrong-interface bind_ack', ACK_WRONG_INTERFACE],
  ['bind_nak', NAK],
];

function ack(bytes: Buffer): BindAckReply {
  const decoded = decodeBindReply(bytes);
  if (!decoded.ok) throw new Error(render(decoded.reason));
  if (decoded.reply.kind === 'bind_nak') throw new Error('expected an ack');
  return decoded.reply;
}

/** The 60-byte ack with its single result replaced. */
function ackWithResult(result: number, reason: number, syntax = ZERO_SYNTAX): Buffer {
  const bytes = Buffer.from(ACK_60);
  bytes.writeUInt16LE(result, 36);
  bytes.writeUInt16LE(reason, 38);
  uuidToWire(syntax.uuid).copy(bytes, 40);
  bytes.writeUInt16LE(syntax.major, 56);
  bytes.writeUInt16LE(syntax.minor, 58);
  return bytes;
}

const decode = suite('rpc/bind-reply decode');

decode('the 60-byte bind_ack: frags, assoc group, "1688", one NDR v2 acceptance', () => {
  const reply = ack(ACK_60);
  assert.is(reply.kind, 'bind_ack');
  assert.is(reply.header.callId, 2);
  assert.is(reply.header.flags, 0x13);
  assert.is(reply.maxXmitFrag, 5840);
  assert.is(reply.maxRecvFrag, 5840);
  assert.is(reply.assocGroup, 0xdbb53edf);
  assert.is(reply.secondaryAddress, '1688');
  assert.equal(reply.results, [{ result: 0, reason: 0, transferSyntax: NDR32 }]);
  assert.equal(decodeBindReply(ACK_60).anomalies, []);
});

decode('the NDR64-preferring bind_ack: 2/2, 0/0 NDR64 v1, 3/0x0003', () => {
  const reply = ack(ACK_NDR64_PREFERRED);
  assert.is(reply.assocGroup, 0xdbb53edc);
  assert.equal(reply.results, [
    { result: 2, reason: 2, transferSyntax: ZERO_SYNTAX },
    { result: 0, reason: 0, transferSyntax: NDR64 },
    { result: 3, reason: 3, transferSyntax: ZERO_SYNTAX },
  ]);
});

decode('the NDR32-only bind_ack: 0/0 NDR v2, 2/2, 3/0x0003', () => {
  const reply = ack(ACK_NDR32_ONLY);
  assert.is(reply.assocGroup, 0xf462fc01);
  assert.equal(
    reply.results.map((r) => [r.result, r.reason, r.transferSyntax]),
    [
      [0, 0, NDR32],
      [2, 2, ZERO_SYNTAX],
      [3, 3, ZERO_SYNTAX],
    ],
  );
});

decode('alter_context_resp: empty secondary address, garbage pad bytes 31 36 ignored', () => {
  const reply = ack(ALTER_CONTEXT_RESP);
  assert.is(reply.kind, 'alter_context_resp');
  assert.is(reply.secondaryAddress, '');
  assert.is(reply.assocGroup, 0xdbb53edc);
  assert.equal(reply.results, [{ result: 0, reason: 0, transferSyntax: NDR32 }]);
  assert.equal(decodeBindReply(ALTER_CONTEXT_RESP).anomalies, []);
  const otherPad = Buffer.from(ALTER_CONTEXT_RESP);
  otherPad[26] = 0xff;
  otherPad[27] = 0x00;
  assert.equal(ack(otherPad), reply);
});

decode('the wrong-interface bind_ack carries result 2/1 and a zero syntax', () => {
  assert.equal(ack(ACK_WRONG_INTERFACE).results, [{ result: 2, reason: 1, transferSyntax: ZERO_SYNTAX }]);
});

decode('a bind_nak yields its reason and supported versions', () => {
  const decoded = decodeBindReply(NAK);
  if (!decoded.ok) throw new Error(render(decoded.reason));
  const nak = decoded.reply as BindNakReply;
  assert.is(nak.kind, 'bind_nak');
  assert.is(nak.rejectReason, 4);
  assert.equal(nak.protocols, [{ major: 5, minor: 0 }]);
  assert.is(nak.extendedErrorInfo, false);
});

decode('a bind_nak followed by the extended-error signature is recognised', () => {
  const bytes = Buffer.concat([
    hex('05 00 0d 03 10 00 00 00 2c 00 00 00 02 00 00 00 00 00 01 05 00 00 00 00'),
    uuidToWire('90740320-fad0-11d3-82d7-009027b130ab'),
    Buffer.alloc(4),
  ]);
  const decoded = decodeBindReply(bytes);
  if (!decoded.ok) throw new Error(render(decoded.reason));
  assert.is((decoded.reply as BindNakReply).extendedErrorInfo, true);
});

decode('secondary address bytes outside printable ASCII are masked', () => {
  const bytes = Buffer.from(ACK_60);
  bytes[27] = 0x1b; // ESC, which would otherwise reach a terminal
  assert.is(ack(bytes).secondaryAddress, '1.88');
  bytes[30] = 0x41; // no NUL terminator
  assert.ok(decodeBindReply(bytes).anomalies.some((a) => render(a).startsWith('secondary-address:')));
});

decode.run();

const judge = suite('rpc/bind-reply judge');

judge('the 60-byte bind_ack means the KMS interface is present', () => {
  const j = judgeBindReply(ACK_60, { expectedCallId: 2 });
  assert.is(j.verdict, 'kms');
  assert.equal(j.anomalies, []);
  assert.equal(j.contextResult, { result: 0, reason: 0, transferSyntax: NDR32 });
  assert.is(j.rejectReason, null);
});

judge('result 2/1 means a DCE/RPC server without the KMS interface', () => {
  const j = judgeBindReply(ACK_WRONG_INTERFACE, { expectedCallId: 2 });
  assert.is(j.verdict, 'interface-not-supported');
  assert.match(render(j.explanation), /abstract syntax not supported/);
  assert.equal(j.anomalies, []);
});

judge('result 2/2 on the only context means NDR32 was refused', () => {
  const j = judgeBindReply(ackWithResult(2, 2), { expectedCallId: 2 });
  assert.is(j.verdict, 'transfer-syntax-refused');
  assert.match(render(j.explanation), /proposed transfer syntaxes not supported/);
});

judge('other rejections (user rejection, 2/3, 2/0) are context-rejected with their names', () => {
  for (const [result, reason, name] of [
    [1, 0, 'user rejection'],
    [2, 3, 'local limit exceeded'],
    [2, 0, 'reason not specified'],
  ] as const) {
    const j = judgeBindReply(ackWithResult(result, reason), { expectedCallId: 2 });
    assert.is(j.verdict, 'context-rejected', `${result}/${reason}`);
    assert.ok(render(j.explanation).includes(name), render(j.explanation));
  }
});

judge('an acceptance of a syntax that was never offered is not trusted', () => {
  const j = judgeBindReply(ackWithResult(0, 0, NDR64), { expectedCallId: 2 });
  assert.is(j.verdict, 'not-rpc');
  assert.match(render(j.explanation), /never offered/);
});

judge('an acceptance with a non-zero reason is still KMS, with an anomaly', () => {
  const j = judgeBindReply(ackWithResult(0, 7, NDR32), { expectedCallId: 2 });
  assert.is(j.verdict, 'kms');
  assert.equal(
    j.anomalies.map((a) => render(a)),
    ['accept-reason: acceptance with reason 7'],
  );
});

judge('the 3-context acks judge their first context; the result count matches what was offered', () => {
  const ndr64 = judgeBindReply(ACK_NDR64_PREFERRED, { expectedCallId: 2, offeredContexts: 3 });
  assert.is(ndr64.verdict, 'transfer-syntax-refused');
  assert.equal(ndr64.anomalies, []);
  const ndr32 = judgeBindReply(ACK_NDR32_ONLY, { expectedCallId: 2, offeredContexts: 3 });
  assert.is(ndr32.verdict, 'kms');
  const unexpected = judgeBindReply(ACK_NDR32_ONLY, { expectedCallId: 2 });
  assert.equal(
    unexpected.anomalies.map((a) => render(a)),
    ['result-count: 3 results for 1 contexts offered'],
  );
});

judge('bind_nak gives the reject reason number and its name', () => {
  const j = judgeBindReply(NAK, { expectedCallId: 2 });
  assert.is(j.verdict, 'bind-nak');
  assert.equal(j.rejectReason, { code: 4, name: 'protocol version not supported' });
  assert.is(j.contextResult, null);
  const unknown = Buffer.from(NAK);
  unknown.writeUInt16LE(42, 16);
  assert.equal(judgeBindReply(unknown, { expectedCallId: 2 }).rejectReason, { code: 42, name: 'unknown reason 42' });
});

judge('alter_context_resp and a response PDU are DCE/RPC but not a reply to a bind', () => {
  const alter = judgeBindReply(ALTER_CONTEXT_RESP, { expectedCallId: 2 });
  assert.is(alter.verdict, 'not-rpc');
  assert.match(render(alter.explanation), /alter_context_resp/);
  const response = judgeBindReply(RESPONSE_PDU, { expectedCallId: 2 });
  assert.is(response.verdict, 'not-rpc');
  assert.match(render(response.explanation), /PTYPE 2 \(response\)/);
});

judge('HTTP, TLS and other foreign bytes are not-rpc with a clue', () => {
  const http = judgeBindReply(Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'), { expectedCallId: 2 });
  assert.is(http.verdict, 'not-rpc');
  assert.match(render(http.explanation), /"HTTP\/1\.1 400 Bad Request"/);
  const tls = judgeBindReply(hex('16 03 01 00 2a 02 00 00 26 03 03'), { expectedCallId: 2 });
  assert.match(render(tls.explanation), /TLS/);
  assert.is(judgeBindReply(Buffer.alloc(0), { expectedCallId: 2 }).verdict, 'not-rpc');
  assert.is(judgeBindReply(hex('00 ff 13 37'), { expectedCallId: 2 }).verdict, 'not-rpc');
});

judge('header sanity: version 5.1, frag_length < 16 and absurd frag_length are not-rpc', () => {
  const minor = Buffer.from(ACK_60);
  minor[1] = 1;
  assert.match(render(judgeBindReply(minor, { expectedCallId: 2 }).explanation), /5\.1/);
  const short = Buffer.from(ACK_60);
  short.writeUInt16LE(8, 8);
  assert.is(judgeBindReply(short, { expectedCallId: 2 }).verdict, 'not-rpc');
  const absurd = Buffer.from(ACK_60);
  absurd.writeUInt16LE(60000, 8);
  assert.match(render(judgeBindReply(absurd, { expectedCallId: 2 }).explanation), /absurd/);
});

judge('a call_id mismatch answers another call: never the KMS interface, whatever the result says', () => {
  const j = judgeBindReply(ACK_60, { expectedCallId: 1 });
  assert.is(j.verdict, 'call-id-mismatch');
  assert.is(j.contextResult, null);
  assert.match(render(j.explanation), /call_id 2.*call_id 1/);
  assert.equal(
    j.anomalies.map((a) => render(a)),
    ['call-id-mismatch: sent 1, received 2'],
  );
});

judge('a bind_ack cut at 60 of its 108 bytes is truncated, not KMS, although the first result fits', () => {
  const j = judgeBindReply(ACK_NDR32_ONLY.subarray(0, 60), { expectedCallId: 2, offeredContexts: 3 });
  assert.is(j.verdict, 'truncated');
  assert.is(j.contextResult, null);
  assert.match(render(j.explanation), /cut short \(60 of 108 bytes\)/);
});

judge('drep, auth_length and fragment flags anomalies are reported', () => {
  const bytes = Buffer.from(ACK_60);
  bytes[4] = 0x00; // big-endian drep
  bytes.writeUInt16LE(8, 10);
  bytes[3] = 0x01; // FIRST only
  const j = judgeBindReply(bytes, { expectedCallId: 2 });
  assert.is(j.verdict, 'kms');
  assert.equal(
    j.anomalies.map((a) => render(a).split(':')[0]),
    ['drep', 'auth-length', 'fragment-flags'],
  );
});

judge('bytes after frag_length are ignored but noted', () => {
  const j = judgeBindReply(Buffer.concat([ACK_60, Buffer.from([1, 2, 3, 4])]), { expectedCallId: 2 });
  assert.is(j.verdict, 'kms');
  assert.equal(
    j.anomalies.map((a) => render(a)),
    ['trailing-bytes: 4 bytes after frag_length 60'],
  );
});

judge('every truncation of every golden reply: never throws, never KMS; not-rpc or truncated', () => {
  for (const [name, golden] of GOLDEN_REPLIES) {
    for (let length = 0; length < golden.length; length += 1) {
      const j = judgeBindReply(golden.subarray(0, length), { expectedCallId: 2 });
      assert.ok(BIND_VERDICTS.includes(j.verdict), `${name} at ${length}`);
      const flagged = j.anomalies.some((a) => render(a).startsWith('truncated:'));
      assert.ok(j.verdict === 'not-rpc' || (flagged && j.verdict === 'truncated'), `${name} at ${length}: ${j.verdict}`);
      // Once the header is complete, a short PDU must always say so.
      if (length >= 16) assert.ok(flagged, `${name} at ${length} lacks the truncated anomaly`);
    }
  }
});

judge('a bind_ack whose frag_length cuts the result list is flagged and not judged', () => {
  const bytes = Buffer.from(ACK_NDR32_ONLY);
  bytes.writeUInt16LE(60, 8); // room for the first result only
  const j = judgeBindReply(bytes.subarray(0, 60), { expectedCallId: 2, offeredContexts: 3 });
  assert.is(j.verdict, 'truncated');
  assert.equal(
    j.anomalies.map((a) => render(a)),
    ['truncated: n_results 3, but only 1 fit in 60 bytes'],
  );
});

judge('anomaly strings always start with a documented kind', () => {
  const bytes = Buffer.from(ACK_60);
  bytes[4] = 0;
  bytes[3] = 0;
  for (const j of [judgeBindReply(bytes.subarray(0, 50), { expectedCallId: 9 }), judgeBindReply(bytes, { expectedCallId: 9 })]) {
    for (const a of j.anomalies)
      assert.ok(
        BIND_ANOMALY_KINDS.some((kind) => render(a).startsWith(`${kind}: `)),
        render(a),
      );
  }
});

judge.run();

const names = suite('rpc/constants names');

names('bind_nak reject reasons are named per C706 and MS-RPCE', () => {
  assert.equal(
    Array.from({ length: 10 }, (_, code) => bindNakReasonName(code)),
    [
      'reason not specified',
      'temporary congestion',
      'local limit exceeded',
      'called address unknown',
      'protocol version not supported',
      'default context not supported',
      'user data not readable',
      'no PSAP available',
      'authentication type not recognized',
      'invalid checksum',
    ],
  );
  assert.is(bindNakReasonName(10), 'unknown reason 10');
});

names('context results and reasons are named; BTFN reason is a bitmask', () => {
  assert.is(contextResultName(2), 'provider rejection');
  assert.is(contextResultName(9), 'unknown result 9');
  assert.is(contextReasonName(2, 1), 'abstract syntax not supported');
  assert.is(contextReasonName(3, 3), 'feature bitmask 0x0003');
  assert.is(contextReasonName(0, 0), 'none');
});

names.run();
