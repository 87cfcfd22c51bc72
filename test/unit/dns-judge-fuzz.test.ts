/**
 * Fuzzing the judgement of DNS replies, in process: over 100,000 mutated replies go through the
 * decoder (checkReply), the reply judgement (judgeReply) and the SRV probe's reading of it
 * (srvDataOf). Nothing may throw, and every verdict must agree with the bytes: no records unless
 * the header's RCODE is NOERROR, only records that are in the reply, owned by the question name or
 * its CNAME chain, once each, and "ok" exactly when a record of the asked type is kept.
 */

import dnsPacket, { type Answer } from 'dns-packet';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { srvDataOf } from '../../probes/srv-discovery.js';
import { PROBE_STATUSES } from '../../src/core/result.js';
import { checkReply, type DnsQuestion } from '../../src/dns/message.js';
import { judgeReply } from '../../src/dns/query.js';
import { type DnsRecord, toDnsRecord } from '../../src/dns/records.js';
import { mutate, mutation } from '../helpers/byte-mutations.js';

const RUNS = 100_000;
const STATUSES: readonly string[] = PROBE_STATUSES;

const DOMAIN = 'contoso.test';
const SRV_Q: DnsQuestion = { name: `_vlmcs._tcp.${DOMAIN}`, type: 'SRV' };
const A_Q: DnsQuestion = { name: `kms01.${DOMAIN}`, type: 'A' };
const AAAA_Q: DnsQuestion = { name: `kms01.${DOMAIN}`, type: 'AAAA' };

const srv = (name: string, target: string, port = 1688, priority = 0): Answer => ({ name, type: 'SRV', ttl: 300, data: { priority, weight: 10, port, target } });
const cname = (name: string, target: string): Answer => ({ name, type: 'CNAME', ttl: 300, data: target });
const a = (name: string, address: string): Answer => ({ name, type: 'A', ttl: 60, data: address });
const aaaa = (name: string, address: string): Answer => ({ name, type: 'AAAA', ttl: 60, data: address });

interface Seed {
  question: DnsQuestion;
  flags: number;
  answers: Answer[];
  additionals?: Answer[];
}
/** Hand-made replies that already hold what must not be used (other owners and types, duplicates, loops, failure RCODEs). */
const SEEDS: Seed[] = [
  {
    question: SRV_Q,
    flags: dnsPacket.AUTHORITATIVE_ANSWER,
    answers: [srv(SRV_Q.name, 'kms01.contoso.test'), srv(SRV_Q.name, 'kms02.contoso.test', 1688, 10)],
    additionals: [a('kms01.contoso.test', '192.0.2.1'), a('kms01.contoso.test', '192.0.2.1')],
  },
  {
    question: SRV_Q,
    flags: 0,
    answers: [cname(SRV_Q.name, '_vlmcs._tcp.central.test'), srv('_vlmcs._tcp.central.test', 'kms09.central.test'), srv(SRV_Q.name, 'stray.contoso.test')],
  },
  { question: SRV_Q, flags: 0, answers: [cname(SRV_Q.name, 'x.contoso.test'), cname('x.contoso.test', SRV_Q.name), srv('x.contoso.test', 'kms01.contoso.test')] },
  {
    question: SRV_Q,
    flags: 0,
    answers: [srv('_vlmcs._tcp.evil.example', 'rogue.evil.example'), srv(SRV_Q.name, '.', 0), srv(SRV_Q.name, 'kms01.contoso.test'), srv(SRV_Q.name, 'kms01.contoso.test')],
  },
  { question: SRV_Q, flags: dnsPacket.AUTHORITATIVE_ANSWER | 3, answers: [srv(SRV_Q.name, 'kms01.contoso.test')], additionals: [a('kms01.contoso.test', '192.0.2.1')] },
  { question: SRV_Q, flags: 5, answers: [srv(SRV_Q.name, 'kms01.contoso.test'), cname(SRV_Q.name, 'y.contoso.test')] },
  { question: A_Q, flags: 0, answers: [a(A_Q.name, '192.0.2.1'), a(A_Q.name, '192.0.2.1'), aaaa(A_Q.name, '2001:db8::1'), a('other.example', '203.0.113.9')] },
  { question: A_Q, flags: 0, answers: [cname(A_Q.name, 'real.contoso.test'), a('real.contoso.test', '192.0.2.3'), a(A_Q.name, '203.0.113.7')] },
  { question: AAAA_Q, flags: 0, answers: [a(AAAA_Q.name, '192.0.2.1'), aaaa(AAAA_Q.name, '2001:db8::11')] },
];

function encode(seed: Seed, id: number): Buffer {
  return dnsPacket.encode({ type: 'response', id, flags: seed.flags, questions: [{ ...seed.question, class: 'IN' }], answers: seed.answers, additionals: seed.additionals ?? [] });
}

/** Names a generated record may be owned by or point at: the question's, a chain's, foreign ones, the root. */
const NAMES = [SRV_Q.name, A_Q.name, '_vlmcs._tcp.central.test', 'x.contoso.test', 'real.contoso.test', 'kms01.contoso.test', 'evil.example', '.'];
const generatedRecord: fc.Arbitrary<Answer> = fc.oneof(
  fc
    .record({ owner: fc.constantFrom(...NAMES), target: fc.constantFrom(...NAMES), port: fc.constantFrom(0, 1688, 65535) })
    .map(({ owner, target, port }) => srv(owner === '.' ? SRV_Q.name : owner, target, port)),
  fc
    .record({ owner: fc.constantFrom(...NAMES), target: fc.constantFrom(...NAMES) })
    .map(({ owner, target }) => cname(owner === '.' ? SRV_Q.name : owner, target === '.' ? A_Q.name : target)),
  fc.record({ owner: fc.constantFrom(...NAMES), last: fc.integer({ min: 1, max: 3 }) }).map(({ owner, last }) => a(owner === '.' ? A_Q.name : owner, `192.0.2.${last}`)),
  fc.record({ owner: fc.constantFrom(...NAMES), last: fc.integer({ min: 1, max: 3 }) }).map(({ owner, last }) => aaaa(owner === '.' ? A_Q.name : owner, `2001:db8::${last}`)),
  fc.constantFrom(...NAMES.slice(0, -1)).map((owner): Answer => ({ name: owner, type: 'TXT', ttl: 60, data: 'v=kms' })),
);
/** A reply built from records drawn from the pool (valid bytes, so most reach the judgement). */
const generatedSeed: fc.Arbitrary<Seed> = fc.record({
  question: fc.constantFrom(SRV_Q, A_Q, AAAA_Q),
  flags: fc.constantFrom(0, 0, 0, 1, 2, 3, 5, dnsPacket.AUTHORITATIVE_ANSWER),
  answers: fc.array(generatedRecord, { maxLength: 8 }),
  additionals: fc.array(generatedRecord, { maxLength: 3 }),
});
/** Half the cases mutate a hand-made seed, half a generated reply (which is then mutated less). */
const fuzzCase = fc.oneof(
  fc.record({ seed: fc.nat({ max: SEEDS.length - 1 }).map((index) => SEEDS[index]!), steps: fc.array(mutation, { minLength: 1, maxLength: 3 }) }),
  fc.record({ seed: generatedSeed, steps: fc.array(mutation, { maxLength: 1 }) }),
);

const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];
const identity = (record: DnsRecord) => JSON.stringify({ ...record, ttl: 0 });

/** What the counters saw, so the run proves it reached every kind of verdict. */
const seen = { match: 0, ok: 0, nodata: 0, failureRcode: 0, aliased: 0, loops: 0, declined: 0, ignored: 0, malformed: 0 };

const test = suite('dns fuzz: the judgement of mutated replies');

test('the seeds are valid replies to their questions', () => {
  for (const seed of SEEDS) assert.is(checkReply(encode(seed, 7), 7, seed.question).kind, 'match');
});

test(`${RUNS.toLocaleString('en')} mutated replies: no throw, and every verdict agrees with the bytes`, () => {
  fc.assert(
    fc.property(fuzzCase, fc.integer({ min: 0, max: 0xffff }), ({ seed, steps }, id) => {
      const bytes = mutate(encode(seed, id), steps);
      if (bytes.length >= 2) bytes.writeUInt16BE(id, 0); // past the id check, to reach the judgement
      const check = checkReply(bytes, id, seed.question);
      if (check.kind === 'malformed') seen.malformed += 1;
      if (check.kind !== 'match') return;
      seen.match += 1;

      const { status, reply } = judgeReply(check.packet, seed.question, { size: bytes.length, truncatedOverUdp: false });
      assert.ok(STATUSES.includes(status), status);
      const rcodeBits = bytes.readUInt16BE(2) & 0x0f;
      if (rcodeBits < RCODE_NAMES.length) assert.is(reply.rcode, RCODE_NAMES[rcodeBits]);

      // A failure RCODE is the answer: nothing else from the reply is used.
      if (rcodeBits !== 0) {
        seen.failureRcode += 1;
        assert.is.not(status, 'ok');
        assert.equal(reply.answers, []);
        assert.equal(reply.additionals, []);
        assert.equal(reply.cnameChain, []);
      }
      // Only records the reply holds; each once; owned by the question name or its chain.
      const raw = new Set((check.packet.answers ?? []).map((record) => identity(toDnsRecord(record))));
      const keys = reply.answers.map(identity);
      assert.is(new Set(keys).size, keys.length, 'no duplicates');
      for (const key of keys) assert.ok(raw.has(key), `not in the reply: ${key}`);
      const question = seed.question.name;
      const owners = [question, ...reply.cnameChain];
      const canonical = reply.aliasLoop ? undefined : owners.at(-1);
      for (const record of reply.answers) {
        assert.ok(owners.includes(record.name), `${record.name} is outside ${owners.join(' → ')}`);
        if (record.type === 'CNAME') {
          const at = owners.indexOf(record.name);
          assert.ok(at >= 0 && (owners[at + 1] === record.target || (reply.aliasLoop && owners.includes(record.target))), 'a CNAME kept is a link of the chain');
        } else {
          assert.is(record.type, seed.question.type, 'only the asked type besides CNAME');
          assert.is(record.name, canonical, 'data only at the canonical name');
        }
      }
      assert.is(
        status === 'ok',
        reply.answers.some((record) => record.type === seed.question.type),
        'ok exactly when a record of the asked type is kept',
      );
      if (status === 'ok') seen.ok += 1;
      if (status === 'dns-nodata') seen.nodata += 1;
      if (reply.cnameChain.length > 0) seen.aliased += 1;
      if (reply.aliasLoop) seen.loops += 1;
      if (reply.ignored.length > 0) seen.ignored += 1;
      const additionalKeys = reply.additionals.map(identity);
      assert.is(new Set(additionalKeys).size, additionalKeys.length, 'glue once each');

      // The SRV probe's reading: hosts are the kept SRV records minus the root target.
      if (seed.question.type !== 'SRV') return;
      const data = srvDataOf(DOMAIN, { status, transport: 'udp', attempts: 1, durationMs: 1, startedAt: '', discarded: [], reply });
      const kept = reply.answers.flatMap((record) => (record.type === 'SRV' ? [record] : []));
      assert.is(data.records.length, kept.filter((record) => record.target !== '').length);
      assert.ok(
        data.records.every((record) => record.target !== ''),
        'the root is never a host',
      );
      assert.is(
        data.declined === true,
        kept.some((record) => record.target === ''),
      );
      if (rcodeBits !== 0) assert.equal(data.records, []);
      if (data.declined) seen.declined += 1;
    }),
    { numRuns: RUNS },
  );
  // The generator reaches every kind of verdict, not just one.
  for (const [kind, count] of Object.entries(seen)) assert.ok(count > 0, `no case reached ${kind}: ${JSON.stringify(seen)}`);
});

test.run();
