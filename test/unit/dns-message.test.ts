/**
 * The DNS client's pure parts: query building and reply checking (src/dns/message.ts), server
 * address parsing (src/dns/server-address.ts), search suffixes (src/dns/system-suffixes.ts) and
 * the RFC 2782 SRV order (src/dns/srv-order.ts).
 */

import dnsPacket, { type Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Message } from '../../src/catalog/message.js';
import { render } from '../../src/catalog/render.js';
import { UsageError } from '../../src/core/usage-error.js';
import { buildQuery, checkReply, type DnsQuestion, readHeader, sameName } from '../../src/dns/message.js';
import { DNS_PORT, formatDnsServer, parseDnsServer, systemDnsServers } from '../../src/dns/server-address.js';
import { orderSrvRecords } from '../../src/dns/srv-order.js';
import { systemDnsSuffixes } from '../../src/dns/system-suffixes.js';

const Q: DnsQuestion = { name: '_vlmcs._tcp.contoso.test', type: 'SRV' };
const SRV: Answer = { name: Q.name, type: 'SRV', ttl: 300, data: { priority: 0, weight: 100, port: 1688, target: 'kms01.contoso.test' } };

/** A response with the given id and parts, encoded by dns-packet. */
function response(id: number, options: { flags?: number; questions?: Array<{ name: string; type: dnsPacket.RecordType }>; answers?: Answer[] } = {}): Buffer {
  return dnsPacket.encode({ type: 'response', id, flags: options.flags ?? 0, questions: options.questions ?? [{ ...Q, class: 'IN' }], answers: options.answers ?? [SRV] });
}

// ---------------------------------------------------------------------------------------------
const build = suite('dns/message: buildQuery');

build('encodes one IN question with RD set, QR clear, no EDNS and no other records', () => {
  const { id, bytes } = buildQuery(Q);
  assert.is(bytes.readUInt16BE(0), id, 'the id in the header is the id returned');
  assert.is(bytes.readUInt16BE(2), 0x0100, 'flags: standard query, only RD set');
  assert.equal([bytes.readUInt16BE(4), bytes.readUInt16BE(6), bytes.readUInt16BE(8), bytes.readUInt16BE(10)], [1, 0, 0, 0], 'QD=1 AN=0 NS=0 AR=0: no OPT record');
  const decoded = dnsPacket.decode(bytes);
  assert.is(decoded.type, 'query');
  assert.is(decoded.flag_rd, true);
  assert.is((decoded as { opcode?: string }).opcode, 'QUERY');
  assert.equal(decoded.questions, [{ name: Q.name, type: 'SRV', class: 'IN' }]);
  assert.equal(decoded.additionals, []);
  // 12-byte header + name (24 chars → 26 bytes on the wire) + type + class.
  assert.is(bytes.length, 12 + Q.name.length + 2 + 4);
});

build('ids are random: 200 queries give (nearly) 200 different ids, all 16-bit', () => {
  const ids = Array.from({ length: 200 }, () => buildQuery(Q).id);
  for (const id of ids) assert.ok(Number.isInteger(id) && id >= 0 && id <= 0xffff, String(id));
  // Birthday bound: 200 draws from 65536 collide about 0.3 times on average.
  assert.ok(new Set(ids).size >= 195, `only ${new Set(ids).size} distinct ids`);
  // Not a counter: consecutive ids are not consecutive numbers.
  const steps = ids.slice(1).filter((id, i) => id === ids[i]! + 1).length;
  assert.ok(steps < 5, `${steps} ids followed their predecessor by +1`);
});

build('encodes other types and a mixed-case name as given', () => {
  const decoded = dnsPacket.decode(buildQuery({ name: 'KMS01.Contoso.Test', type: 'AAAA' }).bytes);
  assert.equal(decoded.questions, [{ name: 'KMS01.Contoso.Test', type: 'AAAA', class: 'IN' }]);
});

// ---------------------------------------------------------------------------------------------
const check = suite('dns/message: checkReply');

check('a reply with our id, QR set and our question matches', () => {
  const result = checkReply(response(4242), 4242, Q);
  assert.is(result.kind, 'match');
  if (result.kind !== 'match') return;
  assert.is(result.packet.id, 4242);
  assert.is(result.packet.answers?.length, 1);
});

check('another id is a mismatch naming both ids', () => {
  const result = checkReply(response(4243), 4242, Q);
  assert.is(result.kind, 'mismatch');
  assert.is(render((result as { reason: Message }).reason), 'reply id 4243 does not match query id 4242');
});

check('our id with QR clear (a query, e.g. our own echoed back) is a mismatch', () => {
  const echoed = dnsPacket.encode({ type: 'query', id: 4242, questions: [{ ...Q, class: 'IN' }] });
  const result = checkReply(echoed, 4242, Q);
  assert.is(result.kind, 'mismatch');
  assert.match(render((result as { reason: Message }).reason), /QR bit clear/);
});

check('another question name, another type, no question, or two questions are mismatches', () => {
  const otherName = checkReply(response(1, { questions: [{ name: '_vlmcs._tcp.fabrikam.test', type: 'SRV' }] }), 1, Q);
  assert.is(otherName.kind, 'mismatch');
  assert.match(render((otherName as { reason: Message }).reason), /\(_vlmcs\._tcp\.fabrikam\.test SRV\) does not match _vlmcs\._tcp\.contoso\.test SRV/);

  const otherType = checkReply(response(1, { questions: [{ name: Q.name, type: 'TXT' }] }), 1, Q);
  assert.is(otherType.kind, 'mismatch');
  assert.match(render((otherType as { reason: Message }).reason), /TXT\) does not match/);

  const none = checkReply(response(1, { questions: [] }), 1, Q);
  assert.is(none.kind, 'mismatch');
  assert.match(render((none as { reason: Message }).reason), /no question/);

  const two = checkReply(
    response(1, {
      questions: [
        { name: Q.name, type: 'SRV' },
        { name: Q.name, type: 'SRV' },
      ],
    }),
    1,
    Q,
  );
  assert.is(two.kind, 'mismatch');
});

check('the question name is compared case-insensitively and without regard to a trailing dot (0x20)', () => {
  assert.is(checkReply(response(7, { questions: [{ name: '_VLMCS._tcp.CoNtOsO.TEST', type: 'SRV' }] }), 7, Q).kind, 'match');
  assert.is(checkReply(response(7), 7, { name: `${Q.name.toUpperCase()}.`, type: 'SRV' }).kind, 'match');
  assert.ok(sameName('a.B.c.', 'A.b.C'));
  assert.not.ok(sameName('a.b.c', 'a.b.cd'));
});

check('fewer than 12 bytes is malformed, whatever the id', () => {
  for (const length of [0, 1, 2, 11]) {
    const bytes = Buffer.alloc(length, 0);
    const result = checkReply(bytes, 0, Q);
    assert.is(result.kind, 'malformed');
    assert.is(render((result as { reason: Message }).reason), `reply of ${length} bytes is shorter than a DNS header`);
  }
  assert.is(readHeader(Buffer.alloc(11)), undefined);
  // Exactly 12 bytes is a header: id 0xabcd, flags 0x8383 = QR, TC, RD, RA, RCODE 3.
  assert.equal(readHeader(Buffer.concat([Buffer.from('abcd8383', 'hex'), Buffer.alloc(8)])), { id: 0xabcd, isResponse: true, truncated: true, rcode: 3 });
});

check('an undecodable body with TC set is truncated-undecodable (still worth a TCP retry)', () => {
  const full = response(99, { flags: dnsPacket.TRUNCATED_RESPONSE, answers: Array.from({ length: 5 }, () => SRV) });
  const cut = full.subarray(0, full.length - 10);
  assert.equal(checkReply(cut, 99, Q), { kind: 'truncated-undecodable' });
});

check('an undecodable body without TC is malformed, with the decoder error as reason', () => {
  const full = response(99, { answers: Array.from({ length: 5 }, () => SRV) });
  const result = checkReply(full.subarray(0, full.length - 10), 99, Q);
  assert.is(result.kind, 'malformed');
  assert.match(render((result as { reason: Message }).reason), /^reply does not decode: /);
});

check('a decodable reply with TC set matches; the flag is left for the transport to act on', () => {
  const result = checkReply(response(5, { flags: dnsPacket.TRUNCATED_RESPONSE, answers: [] }), 5, Q);
  assert.is(result.kind, 'match');
  assert.is(result.kind === 'match' && result.packet.flag_tc, true);
});

check('the id is checked before decoding: garbage with another id is a mismatch, not malformed', () => {
  const garbage = Buffer.concat([Buffer.from([0x12, 0x34, 0x81, 0x80]), Buffer.alloc(20, 0xff)]);
  assert.is(checkReply(garbage, 0x1235, Q).kind, 'mismatch');
  assert.is(checkReply(garbage, 0x1234, Q).kind, 'malformed');
});

// ---------------------------------------------------------------------------------------------
const servers = suite('dns/server-address');

servers('IP literals with and without a port; IPv6 bare or bracketed', () => {
  assert.equal(parseDnsServer('192.0.2.53'), { address: '192.0.2.53', port: DNS_PORT });
  assert.equal(parseDnsServer('192.0.2.53:5353'), { address: '192.0.2.53', port: 5353 });
  assert.equal(parseDnsServer(' 127.0.0.1:53 '), { address: '127.0.0.1', port: 53 });
  assert.equal(parseDnsServer('::1'), { address: '::1', port: 53 });
  assert.equal(parseDnsServer('2001:db8::53'), { address: '2001:db8::53', port: 53 });
  assert.equal(parseDnsServer('[::1]:5353'), { address: '::1', port: 5353 });
  assert.equal(parseDnsServer('[2001:db8::53]'), { address: '2001:db8::53', port: 53 });
});

servers('names, bad ports and junk are rejected with a UsageError naming the input', () => {
  const bad = [
    'dns.contoso.test',
    'dns.contoso.test:53',
    '192.0.2.300',
    '192.0.2.53:0',
    '192.0.2.53:65536',
    '192.0.2.53:abc',
    '192.0.2.53:',
    '[::1]:x',
    '[::1',
    '[dns]:53',
    '',
    '   ',
  ];
  for (const input of bad) {
    let caught: unknown;
    try {
      parseDnsServer(input);
    } catch (error) {
      caught = error;
    }
    assert.instance(caught, UsageError, `"${input}" should be rejected`);
    assert.ok((caught as Error).message.includes(`"${input}"`), `message names "${input}": ${(caught as Error).message}`);
  }
});

servers('formatDnsServer brackets IPv6 and parses back', () => {
  assert.is(formatDnsServer({ address: '::1', port: 53 }), '[::1]:53');
  assert.is(formatDnsServer({ address: '127.0.0.1', port: 5353 }), '127.0.0.1:5353');
  for (const server of [
    { address: '::1', port: 5353 },
    { address: '192.0.2.1', port: 53 },
  ]) {
    assert.equal(parseDnsServer(formatDnsServer(server)), server);
  }
});

servers("systemDnsServers returns this machine's resolvers as parsed addresses", () => {
  for (const server of systemDnsServers()) {
    assert.equal(parseDnsServer(formatDnsServer(server)), server);
  }
});

// ---------------------------------------------------------------------------------------------
const suffixes = suite('dns/system-suffixes');
const conf = (text: string) => systemDnsSuffixes({}, 'linux', () => text);

suffixes('resolv.conf search list: lower-cased, trailing dots dropped, duplicates removed, order kept', () => {
  assert.equal(conf('nameserver 127.0.0.53\nsearch Corp.Contoso.com. contoso.com corp.contoso.com\noptions edns0\n'), ['corp.contoso.com', 'contoso.com']);
  assert.equal(conf('search\tcontoso.com\t fabrikam.test \r\n'), ['contoso.com', 'fabrikam.test'], 'tabs and CRLF');
  assert.equal(conf('  search contoso.com'), ['contoso.com'], 'leading blanks');
});

suffixes('domain alone gives one suffix; comments, "." and an empty search give none', () => {
  assert.equal(conf('domain contoso.com\n'), ['contoso.com']);
  assert.equal(conf('domain contoso.com extra.test\n'), ['contoso.com'], 'domain takes one entry only');
  assert.equal(conf('# search commented.test\n; search also.test\nnameserver 1.1.1.1\n'), []);
  assert.equal(conf('search .\n'), []);
  assert.equal(conf('search\n'), []);
  assert.equal(conf(''), []);
});

suffixes('of several search/domain lines, the last one wins (resolv.conf(5))', () => {
  assert.equal(conf('search a.test b.test\nsearch c.test\n'), ['c.test']);
  assert.equal(conf('search a.test b.test\ndomain d.test\n'), ['d.test']);
  assert.equal(conf('domain d.test\nsearch a.test b.test\n'), ['a.test', 'b.test']);
});

suffixes('an unreadable resolv.conf gives no suffixes rather than an error', () => {
  const read = (path: string): string => {
    assert.is(path, '/etc/resolv.conf');
    throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  };
  assert.equal(systemDnsSuffixes({}, 'linux', read), []);
});

suffixes('on Windows, USERDNSDOMAIN (lower-cased) and not resolv.conf', () => {
  const read = (): string => {
    throw new Error('resolv.conf must not be read on Windows');
  };
  assert.equal(systemDnsSuffixes({ USERDNSDOMAIN: 'CORP.CONTOSO.COM' }, 'win32', read), ['corp.contoso.com']);
  assert.equal(systemDnsSuffixes({}, 'win32', read), []);
  assert.equal(systemDnsSuffixes({ USERDNSDOMAIN: '' }, 'win32', read), []);
});

// ---------------------------------------------------------------------------------------------
const order = suite('dns/srv-order');
type Rec = { name: string; priority: number; weight: number };
const rec = (name: string, priority: number, weight: number): Rec => ({ name, priority, weight });
/** A stub that returns the given values in turn (and fails the test if asked for more). */
function sequence(...values: number[]): () => number {
  return () => {
    assert.ok(values.length > 0, 'random() called more often than expected');
    return values.shift()!;
  };
}
/** mulberry32: a small seeded PRNG, so a "random" draw can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

order('lower priorities always come first, whatever the weights and the input order', () => {
  const records = [rec('p20', 20, 1000), rec('p0', 0, 1), rec('p10b', 10, 0), rec('p65535', 65535, 5), rec('p10a', 10, 50)];
  for (let seed = 1; seed <= 50; seed++) {
    const ordered = orderSrvRecords(records, seeded(seed));
    assert.equal(
      ordered.map((r) => r.priority),
      [0, 10, 10, 20, 65535],
    );
    assert.equal(
      ordered.map((r) => r.rank),
      [1, 2, 3, 4, 5],
    );
  }
});

order('a stubbed random gives an exact, explainable order (RFC 2782 running sums)', () => {
  const records = [rec('A', 0, 60), rec('B', 0, 40), rec('D', 1, 10), rec('C', 1, 0), rec('E', 2, 5)];
  // Priority 0: sum 100, threshold floor(0.7·101) = 70 → A's running sum 60 < 70, B's 100 ≥ 70 → B; then A.
  // Priority 1: weight-0 C is placed first; threshold floor(0·11) = 0 → C; then D. Priority 2: E.
  const ordered = orderSrvRecords(records, sequence(0.7, 0.0, 0.0, 0.5, 0.0));
  assert.equal(
    ordered.map(({ name, rank, shareInPriority }) => ({ name, rank, shareInPriority })),
    [
      { name: 'B', rank: 1, shareInPriority: 0.4 },
      { name: 'A', rank: 2, shareInPriority: 0.6 },
      { name: 'C', rank: 3, shareInPriority: 0 },
      { name: 'D', rank: 4, shareInPriority: 1 },
      { name: 'E', rank: 5, shareInPriority: 1 },
    ],
  );
  // The extremes of [0, 1): 0 picks the first running sum, just below 1 picks the last.
  assert.equal(
    orderSrvRecords([rec('A', 0, 60), rec('B', 0, 40)], () => 0).map((r) => r.name),
    ['A', 'B'],
  );
  assert.equal(
    orderSrvRecords([rec('A', 0, 60), rec('B', 0, 40)], sequence(0.999999, 0)).map((r) => r.name),
    ['B', 'A'],
  );
  // The boundary: threshold 60 still lands on A (running sum ≥ threshold), 61 moves to B.
  assert.equal(orderSrvRecords([rec('A', 0, 60), rec('B', 0, 40)], sequence(60 / 101, 0))[0]?.name, 'A');
  assert.equal(orderSrvRecords([rec('A', 0, 60), rec('B', 0, 40)], sequence(61 / 101, 0))[0]?.name, 'B');
});

order('a seeded random replays the same order; the input is not modified and extra fields are kept', () => {
  const records = Object.freeze(Array.from({ length: 12 }, (_, i) => Object.freeze(rec(`kms${i}`, i % 3, (i * 37) % 100))));
  const first = orderSrvRecords(records, seeded(42));
  const second = orderSrvRecords(records, seeded(42));
  assert.equal(first, second);
  assert.equal(new Set(first.map((r) => r.name)).size, 12, 'every record exactly once');
  assert.ok(first.every((r) => typeof r.name === 'string' && r.name.startsWith('kms')));
  assert.is(records[0]!.name, 'kms0');
  assert.not.ok('rank' in records[0]!);
});

order('weight 0 among weighted records: share 0, tried first only rarely (but not never)', () => {
  const records = [rec('heavy', 0, 100), rec('zero', 0, 0)];
  const ordered = orderSrvRecords(records, () => 0.5);
  assert.is(ordered.find((r) => r.name === 'zero')?.shareInPriority, 0);
  assert.is(ordered.find((r) => r.name === 'heavy')?.shareInPriority, 1);
  const random = seeded(7);
  let zeroFirst = 0;
  const draws = 5000;
  for (let i = 0; i < draws; i++) if (orderSrvRecords(records, random)[0]?.name === 'zero') zeroFirst++;
  // Threshold 0 of 0..100 selects the weight-0 record: 1/101 ≈ 1 %.
  assert.ok(zeroFirst > 0 && zeroFirst / draws < 0.03, `weight 0 tried first in ${zeroFirst}/${draws} draws`);
});

order('all weights 0: every record once, shares 1/n', () => {
  const records = [rec('x', 5, 0), rec('y', 5, 0), rec('z', 5, 0)];
  for (const random of [() => 0, () => 0.999999, seeded(3)]) {
    const ordered = orderSrvRecords(records, random);
    assert.equal(ordered.map((r) => r.name).sort(), ['x', 'y', 'z']);
    assert.equal(
      ordered.map((r) => r.rank),
      [1, 2, 3],
    );
    for (const r of ordered) assert.is(r.shareInPriority, 1 / 3);
  }
  assert.equal(orderSrvRecords([], Math.random), []);
});

order('statistics with Math.random: weight 60 vs 40 is tried first about 60 % of the time', () => {
  const records = [rec('sixty', 0, 60), rec('forty', 0, 40)];
  const draws = 2000;
  let sixtyFirst = 0;
  for (let i = 0; i < draws; i++) if (orderSrvRecords(records)[0]?.name === 'sixty') sixtyFirst++;
  const share = sixtyFirst / draws;
  // Expected 61/101 ≈ 0.604; one standard deviation is about 0.011, so ±0.05 is over 4σ.
  assert.ok(Math.abs(share - 0.6) <= 0.05, `sixty first in ${(share * 100).toFixed(1)} % of ${draws} draws`);
  // And the reported share is the weight's part of the priority's total.
  assert.equal(
    orderSrvRecords(records)
      .map((r) => [r.name, r.shareInPriority])
      .sort(),
    [
      ['forty', 0.4],
      ['sixty', 0.6],
    ],
  );
});

order('statistics over three weights (10/30/60) match their shares within 5 points', () => {
  const records = [rec('ten', 1, 10), rec('thirty', 1, 30), rec('sixty', 1, 60)];
  const counts = new Map<string, number>();
  const draws = 3000;
  for (let i = 0; i < draws; i++) {
    const name = orderSrvRecords(records)[0]!.name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const r of records) {
    const observed = (counts.get(r.name) ?? 0) / draws;
    assert.ok(Math.abs(observed - r.weight / 100) <= 0.05, `${r.name}: ${(observed * 100).toFixed(1)} %`);
  }
});

build.run();
check.run();
servers.run();
suffixes.run();
order.run();
