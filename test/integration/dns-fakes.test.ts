/**
 * The DNS client (src/dns/query.ts and its UDP/TCP exchanges) against in-process fake servers on
 * loopback, for what a real server will not do on demand: replies with the wrong id or question,
 * garbage, silence, a closed port, a TC bit, a TCP stream cut short, and every failure RCODE.
 */

import type { Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeSrv } from '../../probes/srv-discovery.js';
import { render } from '../../src/catalog/render.js';
import { PROBE_STATUSES } from '../../src/core/result.js';
import { type DnsQueryResult, queryDns } from '../../src/dns/query.js';
import { closedUdpPort, type FakeDns, type FakeDnsOptions, framed, reply, startFakeDns } from '../helpers/fake-dns.js';

const NAME = 'kms01.contoso.test';
const SRV_NAME = '_vlmcs._tcp.contoso.test';
const A_RIGHT: Answer = { name: NAME, type: 'A', ttl: 60, data: '192.0.2.1' };
const A_WRONG: Answer = { name: NAME, type: 'A', ttl: 60, data: '203.0.113.66' };

/** Timers on a loaded machine fire late; never early. */
const SLACK_MS = 400;

const fakes: FakeDns[] = [];
async function fake(options: FakeDnsOptions): Promise<FakeDns> {
  const server = await startFakeDns(options);
  fakes.push(server);
  return server;
}
async function closeFakes(): Promise<void> {
  const open = fakes.splice(0);
  await Promise.all(open.map((server) => server.close()));
  for (const server of open) assert.equal(server.errors, [], 'the fake itself had no errors');
}
const at = (server: FakeDns) => ({ address: server.address, port: server.port });

function addressesOf(result: DnsQueryResult): string[] {
  return (result.reply?.answers ?? []).flatMap((record) => (record.type === 'A' || record.type === 'AAAA' ? [record.address] : []));
}
function assertKnownStatus(result: DnsQueryResult): void {
  assert.ok((PROBE_STATUSES as readonly string[]).includes(result.status), `unknown status ${result.status}`);
}

// ---------------------------------------------------------------------------------------------
const udp = suite('dns fakes: UDP replies that are not ours');
udp.after.each(closeFakes);

udp('baseline: a proper answer is ok over UDP in one attempt', async () => {
  const server = await fake({ udp: (q) => [reply(q, { authoritative: true, answers: [A_RIGHT] })] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 1000 });
  assert.is(result.status, 'ok');
  assert.is(result.transport, 'udp');
  assert.is(result.attempts, 1);
  assert.equal(result.discarded, []);
  assert.equal(addressesOf(result), ['192.0.2.1']);
  assert.is(result.reply?.rcode, 'NOERROR');
  assert.is(result.reply?.authoritative, true);
  assert.is(result.reply?.truncatedOverUdp, false);
  assert.ok((result.reply?.size ?? 0) > 12);
  assert.not.ok(Number.isNaN(Date.parse(result.startedAt)));
  // The query the server saw: ours, recursion desired, no EDNS.
  const [query] = server.queries;
  assert.is(query?.packet?.questions?.[0]?.name, NAME);
  assert.is(query?.packet?.flag_rd, true);
  assert.equal(query?.packet?.additionals, []);
});

udp('a wrong-id reply arriving first does not end the wait; the right one wins (discarded 1)', async () => {
  const server = await fake({
    udp: (q) => [reply(q, { id: (q.id + 1) & 0xffff, answers: [A_WRONG] }), { bytes: reply(q, { answers: [A_RIGHT] }), delayMs: 30 }],
  });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'ok');
  assert.equal(addressesOf(result), ['192.0.2.1'], 'the spoofed address was not used');
  assert.is(result.discarded.length, 1);
  assert.match(render(result.discarded[0]!), /id \d+ does not match query id \d+/);
  assert.is(result.attempts, 1);
  assert.ok(result.durationMs < 1000, `answered promptly (${result.durationMs} ms), not at the deadline`);
});

udp('a reply with the wrong question (name or type) is discarded; the right one still wins', async () => {
  const server = await fake({
    udp: (q) => [
      reply(q, { questions: [{ name: 'evil.example', type: 'A' }], answers: [{ ...A_WRONG, name: 'evil.example' }] }),
      reply(q, { questions: [{ name: NAME, type: 'AAAA' }] }),
      { bytes: reply(q, { answers: [A_RIGHT] }), delayMs: 30 },
    ],
  });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'ok');
  assert.equal(addressesOf(result), ['192.0.2.1']);
  assert.is(result.discarded.length, 2);
  assert.match(render(result.discarded[0]!), /question \(evil\.example A\) does not match/);
  assert.match(render(result.discarded[1]!), /AAAA\) does not match .* A$/);
});

udp('the server echoing the query back (QR clear) is not an answer', async () => {
  const server = await fake({ udp: (q) => [q.bytes] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 300 });
  assert.is(result.status, 'dns-malformed');
  assert.ok(result.discarded.some((reason) => /QR bit clear/.test(render(reason))));
});

udp('only wrong-question replies end as dns-malformed, with the evidence kept', async () => {
  const server = await fake({ udp: (q) => [reply(q, { questions: [{ name: 'other.example', type: 'A' }] })] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 300 });
  assert.is(result.status, 'dns-malformed');
  assert.is(result.error?.code, 'NO_VALID_REPLY');
  assert.match(result.error?.message ?? '', /other\.example/);
  assert.is(result.discarded.length, 2, 'one per copy sent');
});

udp('garbage only is dns-malformed (a broken server), not timeout (a silent one)', async () => {
  const server = await fake({
    udp: (q) => {
      const noise = Buffer.from('this is not DNS at all, just text...');
      const short = Buffer.from([q.id >> 8, q.id & 0xff, 0x81]); // 3 bytes: no header
      // Right id, QR set, but the counts promise records that are not there.
      const lying = Buffer.alloc(20);
      lying.writeUInt16BE(q.id, 0);
      lying.writeUInt16BE(0x8180, 2);
      lying.writeUInt16BE(1, 4);
      lying.writeUInt16BE(5, 6);
      lying.fill(0xc0, 12);
      return [noise, short, lying];
    },
  });
  const timeoutMs = 300;
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs });
  assert.is(result.status, 'dns-malformed');
  assert.is.not(result.status, 'timeout');
  assert.is(result.error?.code, 'NO_VALID_REPLY');
  assert.is(result.reply, undefined);
  assert.is(result.attempts, 2);
  assert.is(result.discarded.length, 6, 'three per copy sent');
  assert.ok(result.discarded.some((reason) => /shorter than a DNS header/.test(render(reason))));
  assert.ok(result.discarded.some((reason) => /does not decode/.test(render(reason))));
  assert.ok(result.discarded.some((reason) => /does not match query id/.test(render(reason))));
});

// ---------------------------------------------------------------------------------------------
const time = suite('dns fakes: silence, retries, closed ports, cancellation');
time.after.each(closeFakes);

time('silence ends as timeout after the deadline, with the query sent twice (same id, at half time)', async () => {
  const server = await fake({ udp: () => [] });
  const timeoutMs = 400;
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs });
  assert.is(result.status, 'timeout');
  assert.is(result.error?.code, 'ETIMEDOUT');
  assert.is(result.attempts, 2);
  assert.equal(result.discarded, []);
  assert.ok(result.durationMs >= timeoutMs - 5, `durationMs ${result.durationMs} ≥ ${timeoutMs}`);
  assert.ok(result.durationMs < timeoutMs + SLACK_MS, `durationMs ${result.durationMs} ≈ ${timeoutMs}`);
  assert.is(server.queries.length, 2);
  const [first, second] = server.queries;
  assert.is(first!.id, second!.id, 'the resend keeps the id, so an answer to either copy counts');
  assert.ok(first!.bytes.equals(second!.bytes));
  const gap = second!.atMs - first!.atMs;
  assert.ok(gap >= timeoutMs / 2 - 20 && gap < timeoutMs / 2 + SLACK_MS, `resent after ${gap} ms`);
});

time('an answer to the resent copy only is accepted (attempts 2)', async () => {
  const server = await fake({ udp: (q) => (q.seq === 1 ? [] : [reply(q, { answers: [A_RIGHT] })]) });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 400 });
  assert.is(result.status, 'ok');
  assert.is(result.attempts, 2);
  assert.equal(addressesOf(result), ['192.0.2.1']);
});

time('a closed UDP port is "refused" (server not listening), found quickly via ICMP', async () => {
  const port = await closedUdpPort('127.0.0.1');
  const timeoutMs = 2000;
  const result = await queryDns(NAME, 'A', { server: { address: '127.0.0.1', port }, timeoutMs });
  assert.is(result.status, 'refused');
  assert.is(result.error?.code, 'ECONNREFUSED');
  assert.is(result.attempts, 1, 'no resend needed');
  assert.ok(result.durationMs < timeoutMs / 2, `refused in ${result.durationMs} ms, long before the deadline`);
});

time('a closed UDP port on ::1 is "refused" too', async () => {
  const port = await closedUdpPort('::1');
  const result = await queryDns(NAME, 'A', { server: { address: '::1', port }, timeoutMs: 2000 });
  assert.is(result.status, 'refused');
  assert.ok(result.durationMs < 1000);
});

time('the fake works over ::1 as well (udp6 connect)', async () => {
  const server = await fake({ address: '::1', udp: (q) => [reply(q, { answers: [A_RIGHT] })] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 1000 });
  assert.is(result.status, 'ok');
  assert.equal(addressesOf(result), ['192.0.2.1']);
});

time('an abort signal during the UDP wait ends the query as cancelled, promptly', async () => {
  const server = await fake({ udp: () => [] });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 5000, signal: controller.signal });
  assert.is(result.status, 'cancelled');
  assert.is(result.error?.code, 'DEADLINE');
  assert.ok(result.durationMs >= 90 && result.durationMs < 100 + SLACK_MS, `cancelled after ${result.durationMs} ms`);
  assert.is(result.attempts, 1);
});

time('an already-aborted signal sends nothing', async () => {
  const server = await fake({ udp: (q) => [reply(q, { answers: [A_RIGHT] })] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 1000, signal: AbortSignal.abort() });
  assert.is(result.status, 'cancelled');
  assert.is(result.attempts, 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.is(server.queries.length, 0);
});

// ---------------------------------------------------------------------------------------------
const tc = suite('dns fakes: truncation and the TCP fallback');
tc.after.each(closeFakes);

const MANY_SRV: Answer[] = Array.from({ length: 25 }, (_, i) => ({
  name: SRV_NAME,
  type: 'SRV' as const,
  ttl: 300,
  data: { priority: i % 3, weight: 10 * i, port: 1688 + i, target: `kms-${String(i).padStart(2, '0')}.very-long-host-name-for-testing.contoso.test` },
}));

tc('TC over UDP, then a proper TCP answer: transport tcp, truncatedOverUdp, all records', async () => {
  const server = await fake({
    udp: (q) => [reply(q, { truncated: true, authoritative: true })],
    tcp: (q) => [framed(reply(q, { authoritative: true, answers: MANY_SRV }))],
  });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'ok');
  assert.is(result.transport, 'tcp');
  assert.is(result.reply?.truncatedOverUdp, true);
  assert.is(result.attempts, 2, 'one UDP send and one TCP exchange');
  assert.is(result.reply?.answers.length, MANY_SRV.length);
  assert.ok((result.reply?.size ?? 0) > 512, 'the TCP reply is larger than a classic UDP reply');
  assert.equal(
    server.queries.map((q) => q.transport),
    ['udp', 'tcp'],
  );
  assert.is(server.queries[1]?.packet?.questions?.[0]?.type, 'SRV');
});

tc('a TC reply cut mid-record (does not decode) still triggers the TCP retry', async () => {
  const server = await fake({
    udp: (q) => {
      const full = reply(q, { truncated: true, answers: MANY_SRV });
      return [full.subarray(0, 500)];
    },
    tcp: (q) => [framed(reply(q, { answers: MANY_SRV }))],
  });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'ok');
  assert.is(result.transport, 'tcp');
  assert.is(result.reply?.answers.length, MANY_SRV.length);
  assert.equal(result.discarded, []);
});

tc('TC over UDP with TCP refused is dns-truncated, naming the TCP failure', async () => {
  const server = await fake({ udp: (q) => [reply(q, { truncated: true })] }); // no TCP listener
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'dns-truncated');
  assert.is(result.transport, 'tcp');
  assert.is(result.error?.code, 'ECONNREFUSED');
  assert.match(result.error?.message ?? '', /truncated and the TCP retry failed.*\(refused\)/);
  assert.is(result.reply, undefined);
  assert.ok(result.durationMs < 1000, 'a refused TCP connect is quick');
});

tc('TC over UDP with a silent TCP server is dns-truncated within the one overall deadline', async () => {
  const server = await fake({ udp: (q) => [reply(q, { truncated: true })], tcp: () => [] });
  const timeoutMs = 500;
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs });
  assert.is(result.status, 'dns-truncated');
  assert.match(result.error?.message ?? '', /\(timeout\)/);
  assert.ok(result.durationMs >= timeoutMs - 5 && result.durationMs < timeoutMs + SLACK_MS, `durationMs ${result.durationMs} ≈ ${timeoutMs}`);
});

tc('a TCP reply cut short (FIN before the promised length) is dns-malformed, not a TCP reachability problem', async () => {
  const server = await fake({
    udp: (q) => [reply(q, { truncated: true })],
    tcp: {
      handler: (q) => {
        const whole = framed(reply(q, { answers: MANY_SRV }));
        return [whole.subarray(0, 200)];
      },
      endAfterReply: true,
    },
  });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'dns-malformed');
  assert.is(result.transport, 'tcp');
  assert.is(result.error?.code, 'SHORT_REPLY');
  assert.match(result.error?.message ?? '', /closed the TCP connection after 200 bytes/);
  assert.ok(result.durationMs < 1000);
});

tc('a TCP reply for another id is dns-malformed (nobody can inject into the stream)', async () => {
  const server = await fake({
    udp: (q) => [reply(q, { truncated: true })],
    tcp: (q) => [framed(reply(q, { id: (q.id + 7) & 0xffff, answers: MANY_SRV }))],
  });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'dns-malformed');
  assert.is(result.error?.code, 'BAD_REPLY');
  assert.ok(result.discarded.some((reason) => /does not match query id/.test(render(reason))));
});

tc('a TCP reply delivered one byte at a time is reassembled', async () => {
  const server = await fake({
    udp: (q) => [reply(q, { truncated: true })],
    tcp: (q) => [...framed(reply(q, { answers: MANY_SRV.slice(0, 3) }))].map((byte, i) => ({ bytes: Buffer.from([byte]), delayMs: i < 4 ? 5 * i : 20 })),
  });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 2000 });
  assert.is(result.status, 'ok');
  assert.is(result.reply?.answers.length, 3);
});

tc('an abort during the TCP retry is cancelled, not dns-truncated', async () => {
  const server = await fake({ udp: (q) => [reply(q, { truncated: true })], tcp: () => [] });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 150);
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 5000, signal: controller.signal });
  assert.is(result.status, 'cancelled');
  assert.is(result.transport, 'tcp');
  assert.ok(result.durationMs < 150 + SLACK_MS);
});

// ---------------------------------------------------------------------------------------------
const rcode = suite('dns fakes: RCODEs and empty answers');
rcode.after.each(closeFakes);

for (const [code, name, status] of [
  [1, 'FORMERR', 'dns-formerr'],
  [2, 'SERVFAIL', 'dns-servfail'],
  [3, 'NXDOMAIN', 'dns-nxdomain'],
  [4, 'NOTIMP', 'dns-formerr'],
  [5, 'REFUSED', 'dns-refused'],
] as const) {
  rcode(`RCODE ${code} (${name}) is ${status}, with the rcode kept`, async () => {
    const server = await fake({ udp: (q) => [reply(q, { rcode: code })] });
    const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 1000 });
    assert.is(result.status, status);
    assert.is(result.reply?.rcode, name);
    assert.is(result.attempts, 1, 'a failure RCODE is an answer: no resend');
    assertKnownStatus(result);
  });
}

rcode('NXDOMAIN vs NODATA: same empty answer section, different RCODE, different status', async () => {
  const soa: Answer = {
    name: 'contoso.test',
    type: 'SOA',
    ttl: 60,
    data: { mname: 'ns.contoso.test', rname: 'hostmaster.contoso.test', serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 60 },
  };
  const nx = await fake({ udp: (q) => [reply(q, { rcode: 3, authoritative: true, authorities: [soa] })] });
  const nodata = await fake({ udp: (q) => [reply(q, { rcode: 0, authoritative: true, authorities: [soa] })] });
  const [a, b] = await Promise.all([
    probeSrv({ domain: 'contoso.test', server: at(nx), timeoutMs: 1000 }),
    probeSrv({ domain: 'contoso.test', server: at(nodata), timeoutMs: 1000 }),
  ]);
  assert.is(a.status, 'dns-nxdomain');
  assert.is(a.data?.rcode, 'NXDOMAIN');
  assert.is(b.status, 'dns-nodata');
  assert.is(b.data?.rcode, 'NOERROR');
  for (const result of [a, b]) {
    assert.is(result.ok, false);
    assert.is(result.data?.authoritative, true);
    assert.is(result.data?.zone, 'contoso.test', 'the SOA owner names the zone');
    assert.equal(result.data?.records, []);
  }
});

rcode('NOERROR with records of another type only is dns-nodata', async () => {
  const server = await fake({ udp: (q) => [reply(q, { answers: [{ name: SRV_NAME, type: 'TXT', ttl: 60, data: 'hello' }] })] });
  const result = await queryDns(SRV_NAME, 'SRV', { server: at(server), timeoutMs: 1000 });
  assert.is(result.status, 'dns-nodata');
});

rcode('NOERROR with only a CNAME for the name is NODATA, with the alias kept for callers to explain', async () => {
  const server = await fake({ udp: (q) => [reply(q, { answers: [{ name: NAME, type: 'CNAME', ttl: 60, data: 'real.contoso.test' }] })] });
  const result = await queryDns(NAME, 'A', { server: at(server), timeoutMs: 1000 });
  assert.is(result.status, 'dns-nodata');
  assert.equal(result.reply?.answers, [{ name: NAME, type: 'CNAME', ttl: 60, target: 'real.contoso.test' }]);
  assert.equal(result.reply?.cnameChain, ['real.contoso.test']);
});

rcode('probeSrv keeps the discarded replies as evidence alongside a good answer', async () => {
  const srv: Answer = { name: SRV_NAME, type: 'SRV', ttl: 300, data: { priority: 0, weight: 100, port: 1688, target: 'kms01.contoso.test' } };
  const server = await fake({ udp: (q) => [reply(q, { id: q.id ^ 0x8000, answers: [srv] }), { bytes: reply(q, { answers: [srv] }), delayMs: 20 }] });
  const result = await probeSrv({ domain: 'contoso.test', server: at(server), timeoutMs: 1000 });
  assert.is(result.status, 'ok');
  assert.is(result.data?.discarded.length, 1);
  assert.equal(result.data?.records, [{ priority: 0, weight: 100, port: 1688, target: 'kms01.contoso.test', ttl: 300 }]);
  assert.is(result.target.server, `127.0.0.1:${server.port}`);
  assert.is(result.target.transport, 'udp');
});

udp.run();
time.run();
tc.run();
rcode.run();
