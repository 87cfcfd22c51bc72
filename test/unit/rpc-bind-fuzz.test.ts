import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { BIND_ANOMALY_KINDS, BIND_VERDICTS, type BindJudgement, decodeBindReply, judgeBindReply } from '../../src/rpc/bind-reply.js';
import { MAX_BIND_REPLY_LENGTH, NDR32 } from '../../src/rpc/constants.js';
import { uuidToWire } from '../../src/rpc/uuid.js';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');

// The captured replies of shared/kms-protocol.md §2.12 (60-byte ack, NDR64-preferring ack,
// NDR32-only ack, alter_context_resp, wrong-interface ack) and a bind_nak, as mutation seeds.
const SEEDS: readonly Buffer[] = [
  hex(`05 00 0c 13 10 00 00 00 3c 00 00 00 02 00 00 00
       d0 16 d0 16 df 3e b5 db 05 00 31 36 38 38 00 00
       01 00 00 00 00 00 00 00 04 5d 88 8a eb 1c c9 11
       9f e8 08 00 2b 10 48 60 02 00 00 00`),
  hex(`05 00 0c 13 10 00 00 00 6c 00 00 00 02 00 00 00
       d0 16 d0 16 dc 3e b5 db 05 00 31 36 38 38 00 00
       03 00 00 00 02 00 02 00 00 00 00 00 00 00 00 00
       00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
       33 05 71 71 ba be 37 49 83 19 b5 db ef 9c cc 36
       01 00 00 00 03 00 03 00 00 00 00 00 00 00 00 00
       00 00 00 00 00 00 00 00 00 00 00 00`),
  hex(`05 00 0c 13 10 00 00 00 6c 00 00 00 02 00 00 00
       d0 16 d0 16 01 fc 62 f4 05 00 31 36 38 38 00 00
       03 00 00 00 00 00 00 00 04 5d 88 8a eb 1c c9 11
       9f e8 08 00 2b 10 48 60 02 00 00 00 02 00 02 00
       00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
       00 00 00 00 03 00 03 00 00 00 00 00 00 00 00 00
       00 00 00 00 00 00 00 00 00 00 00 00`),
  hex(`05 00 0f 03 10 00 00 00 38 00 00 00 02 00 00 00
       d0 16 d0 16 dc 3e b5 db 00 00 31 36 01 00 00 00
       00 00 00 00 04 5d 88 8a eb 1c c9 11 9f e8 08 00
       2b 10 48 60 02 00 00 00`),
  hex(`05 00 0c 03 10 00 00 00 3c 00 00 00 02 00 00 00
       d0 16 d0 16 e6 3e b5 db 05 00 31 36 38 38 00 00
       01 00 00 00 02 00 01 00 00 00 00 00 00 00 00 00
       00 00 00 00 00 00 00 00 00 00 00 00`),
  hex('05 00 0d 03 10 00 00 00 18 00 00 00 02 00 00 00 04 00 01 05 00 00 00 00'),
];

const VERDICTS: readonly string[] = BIND_VERDICTS;

/** The contract every judgement must keep, whatever the input. */
function checkJudgement(j: BindJudgement): void {
  assert.ok(VERDICTS.includes(j.verdict), `unknown verdict ${j.verdict}`);
  assert.type(j.explanation.id, 'string');
  assert.ok(render(j.explanation).length > 0);
  for (const a of j.anomalies)
    assert.ok(
      BIND_ANOMALY_KINDS.some((kind) => render(a).startsWith(`${kind}: `)),
      render(a),
    );
  if (j.verdict === 'bind-nak') assert.ok(j.rejectReason !== null);
  if (!['bind-nak', 'not-rpc', 'truncated', 'call-id-mismatch'].includes(j.verdict)) assert.ok(j.contextResult !== null);
}

const NDR32_WIRE = Buffer.concat([uuidToWire(NDR32.uuid), Buffer.from([NDR32.major, 0, NDR32.minor, 0])]);

/**
 * Whether `bytes` are, by a reading independent of the decoder, a complete bind_ack to call
 * `callId` whose first result accepts NDR32: the only bytes that may be judged "kms".
 */
function acceptsKms(bytes: Buffer, callId: number): boolean {
  if (bytes.length < 16 || bytes[0] !== 5 || bytes[1] !== 0 || bytes[2] !== 12) return false;
  const fragLength = bytes.readUInt16LE(8);
  if (fragLength < 16 || fragLength > MAX_BIND_REPLY_LENGTH || bytes.length < fragLength) return false;
  if (bytes.readUInt32LE(12) !== callId) return false;
  if (fragLength < 26) return false;
  const addressEnd = 26 + bytes.readUInt16LE(24);
  const resultsAt = addressEnd + ((4 - (addressEnd % 4)) % 4);
  if (resultsAt + 4 > fragLength) return false;
  const count = bytes[resultsAt]!;
  if (count === 0 || resultsAt + 4 + count * 24 > fragLength) return false;
  const first = resultsAt + 4;
  return bytes.readUInt16LE(first) === 0 && bytes.subarray(first + 4, first + 24).equals(NDR32_WIRE);
}

/** The verdict agrees with the bytes: "kms" exactly for a complete, matching acceptance; a short reply is never judged. */
function checkConsistent(bytes: Buffer, callId: number, j: BindJudgement): void {
  assert.is(j.verdict === 'kms', acceptsKms(bytes, callId), `${bytes.toString('hex')}: ${j.verdict} (${j.explanation})`);
  const headerComplete = bytes.length >= 16 && bytes[0] === 5 && bytes[1] === 0;
  const fragLength = headerComplete ? bytes.readUInt16LE(8) : 0;
  if (headerComplete && fragLength >= 16 && fragLength <= MAX_BIND_REPLY_LENGTH && bytes.length < fragLength) assert.is(j.verdict, 'truncated');
  if (bytes.length > 0 && bytes.length < 16 && bytes[0] === 5 && (bytes.length < 2 || bytes[1] === 0)) assert.is(j.verdict, 'truncated');
}

/** A mutation: overwrite, insert or delete one byte, or cut the tail. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
);

function mutate(seed: Buffer, steps: Array<{ op: 'set' | 'insert' | 'delete' | 'cut'; at: number; value: number }>): Buffer {
  let bytes = [...seed];
  for (const { op, at, value } of steps) {
    const i = bytes.length === 0 ? 0 : at % (bytes.length + (op === 'insert' ? 1 : 0));
    if (op === 'set' && bytes.length > 0) bytes[i] = value;
    else if (op === 'insert') bytes.splice(i, 0, value);
    else if (op === 'delete') bytes.splice(i, 1);
    else if (op === 'cut') bytes = bytes.slice(0, i);
  }
  return Buffer.from(bytes);
}

const test = suite('rpc/bind-reply fuzz');

test('the seeds are what they claim (decodable replies)', () => {
  for (const seed of SEEDS) assert.ok(decodeBindReply(seed).ok, seed.toString('hex'));
});

test('arbitrary bytes never throw and always yield a known verdict', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(), (bytes, callId) => {
      const j = judgeBindReply(bytes, { expectedCallId: callId });
      checkJudgement(j);
      checkConsistent(Buffer.from(bytes), callId, j);
    }),
    { numRuns: 3000 },
  );
});

test('bytes with a plausible DCE/RPC header reach the body decoders without throwing', () => {
  const header = fc.record({
    type: fc.constantFrom(12, 13, 15, 0, 2, 3, 11),
    flags: fc.integer({ min: 0, max: 255 }),
    fragLength: fc.integer({ min: 0, max: 0xffff }),
    body: fc.uint8Array({ maxLength: 300 }),
  });
  fc.assert(
    fc.property(header, ({ type, flags, fragLength, body }) => {
      const bytes = Buffer.concat([Buffer.from([5, 0, type, flags, 0x10, 0, 0, 0, fragLength & 0xff, fragLength >> 8, 0, 0, 2, 0, 0, 0]), body]);
      const j = judgeBindReply(bytes, { expectedCallId: 2 });
      checkJudgement(j);
      checkConsistent(bytes, 2, j);
    }),
    { numRuns: 3000 },
  );
});

test('the oracle agrees with the seeds: the three acceptances are kms, the others are not', () => {
  assert.equal(
    SEEDS.map((seed) => acceptsKms(seed, 2)),
    [true, false, true, false, false, false],
  );
  assert.equal(
    SEEDS.map((seed) => judgeBindReply(seed, { expectedCallId: 2 }).verdict === 'kms'),
    [true, false, true, false, false, false],
  );
});

test('100,000 mutations of the golden replies: nothing escapes, every verdict agrees with the bytes', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...SEEDS),
      fc.array(mutation, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom(2, 1, 3),
      (seed, steps, offered, callId) => {
        const bytes = mutate(seed, steps);
        const j = judgeBindReply(bytes, { expectedCallId: callId, offeredContexts: offered });
        checkJudgement(j);
        checkConsistent(bytes, callId, j);
      },
    ),
    { numRuns: 100_000 },
  );
});

test('judging is pure: the same bytes give the same judgement and are not modified', () => {
  fc.assert(
    fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { maxLength: 4 }), (seed, steps) => {
      const bytes = mutate(seed, steps);
      const copy = Buffer.from(bytes);
      const first = judgeBindReply(bytes, { expectedCallId: 2 });
      assert.equal(judgeBindReply(bytes, { expectedCallId: 2 }), first);
      assert.equal(bytes, copy);
    }),
    { numRuns: 1000 },
  );
});

test.run();
