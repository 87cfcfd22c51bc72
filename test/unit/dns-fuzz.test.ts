/**
 * Fuzzing the DNS reply path: mutated and arbitrary replies must never make checkReply or
 * queryDns throw or leave a rejected promise behind, and every outcome must be a status from
 * the fixed vocabulary (src/core/result.ts).
 */

import dnsPacket, { type Answer } from 'dns-packet';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { PROBE_STATUSES } from '../../src/core/result.js';
import { checkReply, type DnsQuestion } from '../../src/dns/message.js';
import { type DnsQueryResult, queryDns } from '../../src/dns/query.js';
import { type Mutation, mutate, mutation } from '../helpers/byte-mutations.js';
import { type FakeDns, framed, startFakeDns } from '../helpers/fake-dns.js';

const STATUSES: readonly string[] = PROBE_STATUSES;
const CHECK_KINDS = ['match', 'truncated-undecodable', 'mismatch', 'malformed'];

/** Valid replies to mutate, each with the question it answers. The id is patched per query. */
interface Seed {
  question: DnsQuestion;
  encode(id: number): Buffer;
}
const soa: Answer = {
  name: 'contoso.test',
  type: 'SOA',
  ttl: 60,
  data: { mname: 'ns.contoso.test', rname: 'hostmaster.contoso.test', serial: 7, refresh: 900, retry: 300, expire: 86400, minimum: 60 },
};
function seed(question: DnsQuestion, flags: number, answers: Answer[], authorities: Answer[] = [], additionals: Answer[] = []): Seed {
  return {
    question,
    encode: (id) => dnsPacket.encode({ type: 'response', id, flags, questions: [{ ...question, class: 'IN' }], answers, authorities, additionals }),
  };
}
const SRV_Q: DnsQuestion = { name: '_vlmcs._tcp.contoso.test', type: 'SRV' };
const A_Q: DnsQuestion = { name: 'kms01.contoso.test', type: 'A' };
const SEEDS: Seed[] = [
  seed(
    SRV_Q,
    dnsPacket.AUTHORITATIVE_ANSWER,
    [0, 1, 2].map((i) => ({ name: SRV_Q.name, type: 'SRV', ttl: 300, data: { priority: i * 10, weight: 50 + i, port: 1688, target: `kms0${i}.contoso.test` } })),
    [{ name: 'contoso.test', type: 'NS', ttl: 300, data: 'ns.contoso.test' }],
    [
      { name: 'kms00.contoso.test', type: 'A', ttl: 300, data: '192.0.2.10' },
      { name: 'kms01.contoso.test', type: 'AAAA', ttl: 300, data: '2001:db8::11' },
    ],
  ),
  seed(A_Q, 0, [
    { name: A_Q.name, type: 'A', ttl: 60, data: '192.0.2.1' },
    { name: A_Q.name, type: 'A', ttl: 60, data: '192.0.2.2' },
  ]),
  seed(A_Q, dnsPacket.AUTHORITATIVE_ANSWER, [
    { name: A_Q.name, type: 'CNAME', ttl: 60, data: 'real.contoso.test' },
    { name: 'real.contoso.test', type: 'A', ttl: 60, data: '192.0.2.3' },
  ]),
  seed(SRV_Q, dnsPacket.AUTHORITATIVE_ANSWER | 3, [], [soa]), // NXDOMAIN with SOA
  seed(SRV_Q, dnsPacket.TRUNCATED_RESPONSE, []), // TC, empty
];

/** Puts `id` into the first two bytes (when there are two), so the reply gets past the id check. */
function withId(bytes: Buffer, id: number): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length >= 2) copy.writeUInt16BE(id, 0);
  return copy;
}

/** One fuzz case: a mutated seed, or arbitrary bytes; the id optionally forced to the query's. */
type Case = { kind: 'mutated'; seed: number; steps: Mutation[]; keepId: boolean } | { kind: 'arbitrary'; bytes: Uint8Array; keepId: boolean; setQr: boolean };
const fuzzCase: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('mutated' as const),
      seed: fc.nat({ max: SEEDS.length - 1 }),
      steps: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      keepId: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('arbitrary' as const), bytes: fc.uint8Array({ maxLength: 700 }), keepId: fc.constant(true), setQr: fc.boolean() }) },
);

function questionOf(c: Case): DnsQuestion {
  return c.kind === 'mutated' ? SEEDS[c.seed]!.question : SRV_Q;
}
/** The reply bytes for a query with `id`. */
function replyFor(c: Case, id: number): Buffer {
  if (c.kind === 'mutated') {
    const bytes = mutate(SEEDS[c.seed]!.encode(id), c.steps);
    return c.keepId ? withId(bytes, id) : bytes;
  }
  const bytes = withId(Buffer.from(c.bytes), id);
  if (c.setQr && bytes.length >= 3) bytes[2] = bytes[2]! | 0x80;
  return bytes;
}

// Unhandled rejections and uncaught exceptions are recorded for the duration of this file.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const onUncaught = (error: unknown) => unhandled.push(error);

// ---------------------------------------------------------------------------------------------
const direct = suite('dns fuzz: checkReply');
direct.before(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtExceptionMonitor', onUncaught);
});

direct('the seeds are valid replies to their questions', () => {
  for (const s of SEEDS) assert.is(checkReply(s.encode(1), 1, s.question).kind, 'match');
});

direct('mutated and arbitrary replies never throw and always give a known verdict', () => {
  fc.assert(
    fc.property(fuzzCase, fc.integer({ min: 0, max: 0xffff }), (c, id) => {
      const bytes = replyFor(c, id);
      const result = checkReply(bytes, id, questionOf(c));
      assert.ok(CHECK_KINDS.includes(result.kind), result.kind);
      if (result.kind === 'mismatch' || result.kind === 'malformed') assert.ok(render(result.reason).length > 0);
      if (result.kind === 'match') {
        // A match really is a response with our id and our question.
        assert.is(bytes.readUInt16BE(0), id);
        assert.is(result.packet.flag_qr, true);
        assert.is(result.packet.questions?.length, 1);
      }
      if (bytes.length < 12) assert.is(result.kind, 'malformed');
    }),
    { numRuns: 3000 },
  );
});

direct('every byte string of the right id but under 12 bytes, and every other id, is rejected', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 0, max: 0xffff }), (raw, id) => {
      const bytes = Buffer.from(raw);
      const result = checkReply(bytes, id, SRV_Q);
      if (bytes.length < 12) assert.is(result.kind, 'malformed');
      else if (bytes.readUInt16BE(0) !== id) assert.is(result.kind, 'mismatch');
    }),
    { numRuns: 2000 },
  );
});

// ---------------------------------------------------------------------------------------------
const wire = suite('dns fuzz: queryDns against a server answering mutated bytes');
let server: FakeDns | undefined;
let setupError: unknown;
/** The case the fake answers with; set before each query. */
let current: Case | undefined;
let results: DnsQueryResult[] = [];

// uvu swallows errors thrown by `before` hooks, so keep the error and rethrow it from the tests.
wire.before(async () => {
  try {
    server = await startFakeDns({
      udp: (q) => (current ? [replyFor(current, q.id)] : []),
      // The TCP retry after a TC bit gets the same kind of mutated bytes, framed or not.
      tcp: { handler: (q) => (current ? [framed(replyFor(current, q.id))] : []), endAfterReply: true },
    });
  } catch (error) {
    setupError = error;
  }
});
wire.after(async () => {
  await server?.close();
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtExceptionMonitor', onUncaught);
});
function fake(): FakeDns {
  if (!server) throw setupError ?? new Error('fake DNS server not started');
  return server;
}

wire('a few hundred mutated replies over the wire: never a throw, always a known status, bounded time', async () => {
  const s = fake();
  // Short: most mutated replies never match, so the query waits out its deadline.
  const timeoutMs = 40;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(fuzzCase, async (c) => {
      current = c;
      const question = questionOf(c);
      const result = await queryDns(question.name, question.type, { server: { address: s.address, port: s.port }, timeoutMs });
      results.push(result);
      assert.ok(STATUSES.includes(result.status), `unknown status ${result.status}`);
      assert.ok(result.transport === 'udp' || result.transport === 'tcp');
      assert.ok(result.attempts >= 1 && result.attempts <= 3, `attempts ${result.attempts}`);
      // One deadline for UDP and the TCP fallback; the TCP part gets at least 100 ms.
      assert.ok(result.durationMs < timeoutMs + 100 + 500, `took ${result.durationMs} ms`);
      assert.ok(Array.isArray(result.discarded));
      if (result.status === 'ok') assert.ok(result.reply, 'ok comes with a reply');
      if (result.reply === undefined) assert.ok(result.error?.code, 'a failure without a reply has an error code');
    }),
    { numRuns: 300 },
  );
  current = undefined;
  assert.ok(Date.now() - started < 60_000, 'bounded time');
  assert.equal(s.errors, []);
  // The generator reaches the interesting outcomes, not just one.
  const seen = new Set(results.map((r) => r.status));
  for (const status of ['ok', 'dns-malformed']) assert.ok(seen.has(status as never), `no case ended as ${status}; saw ${[...seen].join(', ')}`);
  assert.ok(
    results.some((r) => r.transport === 'tcp'),
    'some cases went through the TCP fallback',
  );
});

wire('no unhandled rejection or uncaught exception was recorded', async () => {
  // Let late timers and socket callbacks of the last queries run first.
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(unhandled, []);
  results = [];
});

direct.run();
wire.run();
