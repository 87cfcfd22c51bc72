/**
 * Only answers that answer: the SRV and address probes against in-process fake DNS servers that
 * send records a client must not use — records of a failure RCODE, records owned by another name,
 * records of another type, duplicates, record lengths that disagree with the data, and an SRV
 * name that is an alias (with nothing behind it, or looping). Fakes bind to 127.0.1.1.
 */

import type { Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeAddresses } from '../../probes/address-resolution.js';
import { probeSrv } from '../../probes/srv-discovery.js';
import { render } from '../../src/catalog/render.js';
import { queryDns } from '../../src/dns/query.js';
import { type FakeDns, type FakeHandler, type FakeQuery, reply, startFakeDns } from '../helpers/fake-dns.js';

const ADDRESS = '127.0.1.1';
const DOMAIN = 'contoso.test';
const SRV_NAME = `_vlmcs._tcp.${DOMAIN}`;
const srv = (name: string, target: string, port = 1688, ttl = 300): Answer => ({ name, type: 'SRV', ttl, data: { priority: 0, weight: 100, port, target } });
const cname = (name: string, target: string): Answer => ({ name, type: 'CNAME', ttl: 300, data: target });
const GOOD = srv(SRV_NAME, 'kms01.contoso.test');

const fakes: FakeDns[] = [];
async function fake(udp: FakeHandler): Promise<{ address: string; port: number }> {
  const server = await startFakeDns({ udp, address: ADDRESS });
  fakes.push(server);
  return { address: server.address, port: server.port };
}
async function closeFakes(): Promise<void> {
  const open = fakes.splice(0);
  await Promise.all(open.map((server) => server.close()));
  for (const server of open) assert.equal(server.errors, []);
}
const srvOf = async (udp: FakeHandler) => probeSrv({ domain: DOMAIN, server: await fake(udp), timeoutMs: 400 });

// ---------------------------------------------------------------------------------------------
const rcode = suite('hostile answers: records of a failure RCODE are not used');
rcode.after.each(closeFakes);

for (const [code, name, status] of [
  [3, 'NXDOMAIN', 'dns-nxdomain'],
  [5, 'REFUSED', 'dns-refused'],
  [2, 'SERVFAIL', 'dns-servfail'],
] as const) {
  rcode(`${name} carrying an SRV record and glue: no record, no glue, the record noted as ignored`, async () => {
    const result = await srvOf((q) => [reply(q, { rcode: code, answers: [GOOD], additionals: [{ name: 'kms01.contoso.test', type: 'A', ttl: 60, data: '192.0.2.7' }] })]);
    assert.is(result.status, status);
    assert.equal(result.data?.records, []);
    assert.equal(result.data?.additionalAddresses, []);
    assert.equal(result.data?.ignored, [`1 answer record of a ${name} reply`]);
  });
}

// ---------------------------------------------------------------------------------------------
const owner = suite('hostile answers: only records owned by the question name or its alias chain');
owner.after.each(closeFakes);

owner("an SRV record owned by another name is not this domain's: NODATA, nothing listed", async () => {
  const result = await srvOf((q) => [reply(q, { answers: [srv('_vlmcs._tcp.evil.example', 'rogue.evil.example')] })]);
  assert.is(result.status, 'dns-nodata');
  assert.equal(result.data?.records, []);
  assert.match(result.data?.ignored?.[0] ?? '', /SRV record owned by _vlmcs\._tcp\.evil\.example, which is not _vlmcs\._tcp\.contoso\.test/);
});

owner('next to a real record, a foreign-owned one is dropped and the real one kept', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [srv('other.example', 'rogue.evil.example'), GOOD] })]);
  assert.is(result.status, 'ok');
  assert.equal(
    result.data?.records.map((record) => record.target),
    ['kms01.contoso.test'],
  );
  assert.is(result.data?.ignored?.length, 1);
});

owner('an A record inside an AAAA reply is not taken as an address', async () => {
  const server = await fake((q) => {
    const type = q.packet?.questions?.[0]?.type;
    if (type === 'AAAA') return [reply(q, { answers: [{ name: 'kms01.contoso.test', type: 'A', ttl: 60, data: '203.0.113.66' }] })];
    return [reply(q, { answers: [{ name: 'kms01.contoso.test', type: 'A', ttl: 60, data: '192.0.2.1' }] })];
  });
  const result = await probeAddresses({ name: 'kms01.contoso.test', server, timeoutMs: 400 });
  assert.equal(
    result.data?.addresses.map((entry) => `${entry.type} ${entry.address}`),
    ['A 192.0.2.1'],
  );
  assert.equal(
    result.data?.queries.map((query) => `${query.type} ${query.status}`),
    ['A ok', 'AAAA dns-nodata'],
  );
});

owner('duplicate records give one row (SRV, answer addresses and glue alike)', async () => {
  const a: Answer = { name: 'kms01.contoso.test', type: 'A', ttl: 60, data: '192.0.2.1' };
  const aShorterTtl: Answer = { name: 'kms01.contoso.test', type: 'A', ttl: 5, data: '192.0.2.1' };
  const srvResult = await srvOf((q) => [reply(q, { answers: [GOOD, GOOD, srv(SRV_NAME, 'kms01.contoso.test', 1688, 9)], additionals: [a, a] })]);
  assert.is(srvResult.data?.records.length, 1);
  assert.is(srvResult.data?.additionalAddresses.length, 1);
  const server = await fake((q) => [reply(q, q.packet?.questions?.[0]?.type === 'A' ? { answers: [a, a, aShorterTtl] } : {})]);
  const addresses = await probeAddresses({ name: 'kms01.contoso.test', server, timeoutMs: 400 });
  assert.equal(
    addresses.data?.addresses.map((entry) => entry.address),
    ['192.0.2.1'],
  );
});

owner('an address owned by a name outside the alias chain is not taken', async () => {
  const server = await fake((q) => [
    reply(
      q,
      q.packet?.questions?.[0]?.type === 'A'
        ? { answers: [cname('kms01.contoso.test', 'real.contoso.test'), { name: 'elsewhere.example', type: 'A', ttl: 60, data: '203.0.113.9' }] }
        : {},
    ),
  ]);
  const result = await probeAddresses({ name: 'kms01.contoso.test', server, timeoutMs: 400 });
  assert.equal(result.data?.addresses, []);
  assert.equal(result.data?.cnameChain, ['real.contoso.test']);
  assert.is(result.status, 'dns-nodata');
});

// ---------------------------------------------------------------------------------------------
const alias = suite('hostile answers: an SRV name that is an alias');
alias.after.each(closeFakes);

alias('a CNAME with no SRV behind it is NODATA (what the client gets: 0x8007251D), with the alias kept', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [cname(SRV_NAME, '_vlmcs._tcp.elsewhere.test')] })]);
  assert.is(result.status, 'dns-nodata');
  assert.is(result.ok, false);
  assert.equal(result.data?.records, []);
  assert.equal(result.data?.aliases, ['_vlmcs._tcp.elsewhere.test']);
  assert.is(result.data?.aliasLoop, undefined);
});

alias('a CNAME loop is NODATA and flagged as a loop', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [cname(SRV_NAME, 'a.contoso.test'), cname('a.contoso.test', SRV_NAME), srv('a.contoso.test', 'kms01.contoso.test')] })]);
  assert.is(result.status, 'dns-nodata');
  assert.equal(result.data?.records, [], 'an SRV next to a CNAME in a loop has no canonical owner');
  assert.equal(result.data?.aliases, ['a.contoso.test']);
  assert.is(result.data?.aliasLoop, true);
});

alias('a CNAME from the SRV name to itself is a loop with no chain', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [cname(SRV_NAME, SRV_NAME)] })]);
  assert.is(result.status, 'dns-nodata');
  assert.is(result.data?.aliases, undefined);
  assert.is(result.data?.aliasLoop, true);
});

alias('a CNAME to a name holding SRV records: the client follows it, so the records count', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [cname(SRV_NAME, '_vlmcs._tcp.central.test'), srv('_vlmcs._tcp.central.test', 'kms09.central.test')] })]);
  assert.is(result.status, 'ok');
  assert.equal(
    result.data?.records.map((record) => record.target),
    ['kms09.central.test'],
  );
  assert.equal(result.data?.aliases, ['_vlmcs._tcp.central.test']);
});

alias('an SRV record at the alias itself (next to its CNAME) is not data of the canonical name', async () => {
  const result = await srvOf((q) => [reply(q, { answers: [cname(SRV_NAME, '_vlmcs._tcp.central.test'), GOOD] })]);
  assert.is(result.status, 'dns-nodata');
  assert.equal(result.data?.records, []);
});

// ---------------------------------------------------------------------------------------------
const framing = suite('hostile answers: record lengths that disagree with the data');
framing.after.each(closeFakes);

/** The reply with one SRV answer, its RDLENGTH changed by `delta` and `pad` bytes appended. */
function misframed(q: FakeQuery, delta: number, pad: number): Buffer {
  const bytes = reply(q, { answers: [GOOD] });
  // Header, question (name + type + class), then the answer's name, type, class, TTL: RDLENGTH follows.
  const nameLength = SRV_NAME.length + 2;
  const rdlengthAt = 12 + nameLength + 4 + nameLength + 8;
  const patched = Buffer.concat([bytes, Buffer.alloc(pad)]);
  patched.writeUInt16BE(bytes.readUInt16BE(rdlengthAt) + delta, rdlengthAt);
  return patched;
}

for (const [what, delta, pad] of [
  ['longer', 2, 2],
  ['shorter', -2, 0],
] as const) {
  framing(`an SRV RDLENGTH ${what} than its data is malformed, not a record`, async () => {
    const server = await fake((q) => [misframed(q, delta, pad)]);
    const result = await queryDns(SRV_NAME, 'SRV', { server, timeoutMs: 300 });
    assert.is(result.status, 'dns-malformed');
    assert.is(result.reply, undefined);
    assert.ok(
      result.discarded.some((reason) => /RDLENGTH \d+ but its data takes \d+ bytes/.test(render(reason))),
      result.discarded.map((reason) => render(reason)).join('; '),
    );
  });
}

framing('the same reply with a consistent RDLENGTH is used (the patch itself is sound)', async () => {
  const server = await fake((q) => [misframed(q, 0, 0)]);
  const result = await queryDns(SRV_NAME, 'SRV', { server, timeoutMs: 300 });
  assert.is(result.status, 'ok');
});

// ---------------------------------------------------------------------------------------------
const budget = suite('hostile answers: the TCP retry budget is shown in whole milliseconds');
budget.after.each(closeFakes);

budget('a truncated UDP reply, then a silent TCP server: the remaining budget reads "N ms", never "N.d ms"', async () => {
  const server = await startFakeDns({ address: ADDRESS, udp: (q) => [{ bytes: reply(q, { truncated: true }), delayMs: 7 }], tcp: () => [] });
  fakes.push(server);
  const result = await queryDns(SRV_NAME, 'SRV', { server: { address: server.address, port: server.port }, timeoutMs: 300 });
  assert.is(result.status, 'dns-truncated');
  assert.match(result.error?.message ?? '', /TCP retry failed: no reply within \d+ ms/);
  assert.not.match(result.error?.message ?? '', /\d\.\d+ ms/);
});

rcode.run();
budget.run();
owner.run();
alias.run();
framing.run();
