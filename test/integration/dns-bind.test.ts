/**
 * KMS discovery against a REAL BIND 9 serving zones written here, and the same zones served by
 * the built-in lab server: the engine's answers must equal what the server holds — every SRV
 * record (priority, weight, port, target, TTL) and every address, exactly, as sets. Also the
 * TC → TCP fallback for a large record set, NXDOMAIN vs NODATA, a CNAME target, a target without
 * address, and the additional section vs querying.
 */

import type { Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeAddresses } from '../../probes/address-resolution.js';
import { type AddressRecord, probeSrv, type SrvRecord } from '../../probes/srv-discovery.js';
import type { DnsServer } from '../../src/dns/exchange.js';
import { startLabDnsServer } from '../../src/lab/dns-server.js';
import { type Lab, startLab } from '../../src/lab/lab.js';
import { startBefore } from '../helpers/before-fixture.js';
import { startBind } from '../helpers/bind9.js';

const TIMEOUT_MS = 3000;

// ---------------------------------------------------------------------------------------------
// One description of each zone, rendered both as a BIND zone file and as lab-server records.

interface SrvSpec {
  priority: number;
  weight: number;
  port: number;
  /** As written in the zone file: relative to the origin, or absolute with a trailing dot. */
  target: string;
}
interface HostSpec {
  /** Relative to the origin. */
  name: string;
  a?: string[];
  aaaa?: string[];
  /** Relative alias target. */
  cname?: string;
  txt?: string;
}
interface ZoneSpec {
  origin: string;
  /** One TTL for the whole SRV RRset (BIND forces an RRset onto one TTL anyway). */
  srvTtl?: number;
  srv: SrvSpec[];
  /** A TXT record at `_vlmcs._tcp` (with no SRV: the NODATA case). */
  srvTxt?: string;
  hosts: HostSpec[];
  hostTtl?: number;
}

const DEFAULT_TTL = 300; // the fixture's $TTL

const fqdn = (zone: ZoneSpec, name: string): string => (name.endsWith('.') ? name.slice(0, -1) : `${name}.${zone.origin}`).toLowerCase();
const srvName = (zone: ZoneSpec): string => `_vlmcs._tcp.${zone.origin}`;

function bindRecords(zone: ZoneSpec): string {
  const lines: string[] = [];
  const srvTtl = zone.srvTtl === undefined ? '' : ` ${zone.srvTtl}`;
  for (const srv of zone.srv) lines.push(`_vlmcs._tcp${srvTtl} IN SRV ${srv.priority} ${srv.weight} ${srv.port} ${srv.target}`);
  if (zone.srvTxt) lines.push(`_vlmcs._tcp IN TXT "${zone.srvTxt}"`);
  const ttl = zone.hostTtl === undefined ? '' : ` ${zone.hostTtl}`;
  for (const host of zone.hosts) {
    for (const a of host.a ?? []) lines.push(`${host.name}${ttl} IN A ${a}`);
    for (const aaaa of host.aaaa ?? []) lines.push(`${host.name}${ttl} IN AAAA ${aaaa}`);
    if (host.cname) lines.push(`${host.name}${ttl} IN CNAME ${host.cname}`);
    if (host.txt) lines.push(`${host.name}${ttl} IN TXT "${host.txt}"`);
  }
  return lines.join('\n');
}

function labRecords(zone: ZoneSpec): Answer[] {
  const origin = zone.origin;
  const name = (relative: string) => (relative.endsWith('.') ? relative.slice(0, -1) : `${relative}.${origin}`);
  const hostTtl = zone.hostTtl ?? DEFAULT_TTL;
  const records: Answer[] = [
    {
      name: origin,
      type: 'SOA',
      ttl: DEFAULT_TTL,
      data: { mname: `ns.${origin}`, rname: `hostmaster.${origin}`, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
    },
    ...zone.srv.map(
      (srv): Answer => ({
        name: srvName(zone),
        type: 'SRV',
        ttl: zone.srvTtl ?? DEFAULT_TTL,
        data: { priority: srv.priority, weight: srv.weight, port: srv.port, target: name(srv.target) },
      }),
    ),
  ];
  if (zone.srvTxt) records.push({ name: srvName(zone), type: 'TXT', ttl: DEFAULT_TTL, data: zone.srvTxt });
  for (const host of zone.hosts) {
    for (const a of host.a ?? []) records.push({ name: name(host.name), type: 'A', ttl: hostTtl, data: a });
    for (const aaaa of host.aaaa ?? []) records.push({ name: name(host.name), type: 'AAAA', ttl: hostTtl, data: aaaa });
    if (host.cname) records.push({ name: name(host.name), type: 'CNAME', ttl: hostTtl, data: name(host.cname) });
    if (host.txt) records.push({ name: name(host.name), type: 'TXT', ttl: hostTtl, data: host.txt });
  }
  return records;
}

/** The SRV records the zone holds, as probeSrv should report them. */
function expectedSrv(zone: ZoneSpec): SrvRecord[] {
  return zone.srv.map((srv) => ({ priority: srv.priority, weight: srv.weight, port: srv.port, target: fqdn(zone, srv.target), ttl: zone.srvTtl ?? DEFAULT_TTL }));
}

/** The addresses the zone holds for `name` (an absolute, lower-case name), following one CNAME. */
function expectedAddresses(zone: ZoneSpec, name: string): { canonical: string; addresses: AddressRecord[] } {
  const host = zone.hosts.find((candidate) => fqdn(zone, candidate.name) === name);
  if (host?.cname) return expectedAddresses(zone, fqdn(zone, host.cname));
  const ttl = zone.hostTtl ?? DEFAULT_TTL;
  return {
    canonical: name,
    addresses: [
      ...(host?.a ?? []).map((address): AddressRecord => ({ name, type: 'A', address, ttl })),
      ...(host?.aaaa ?? []).map((address): AddressRecord => ({ name, type: 'AAAA', address, ttl })),
    ],
  };
}

const srvKey = (r: SrvRecord) => `${r.priority} ${r.weight} ${r.port} ${r.target} ${r.ttl}`;
const addrKey = (r: AddressRecord) => `${r.name} ${r.type} ${r.address} ${r.ttl}`;
/** Compares as sets, but keeps duplicates visible (a record reported twice is a failure too). */
function assertSameSet<T>(actual: T[], expected: T[], key: (item: T) => string, what: string): void {
  assert.equal(actual.map(key).sort(), expected.map(key).sort(), what);
}

// The zones. Addresses are loopback or documentation ranges: they are only resolved, never contacted.

/** A healthy set: two priorities, several weights and ports, a mixed-case absolute target, a CNAME target, dead targets. */
const CONTOSO: ZoneSpec = {
  origin: 'contoso.test',
  srvTtl: 600,
  srv: [
    { priority: 0, weight: 60, port: 1688, target: 'kms1' },
    { priority: 0, weight: 40, port: 1689, target: 'KMS2.Contoso.Test.' },
    { priority: 10, weight: 0, port: 1688, target: 'kms-alias' },
    { priority: 20, weight: 5, port: 1700, target: 'kms-old' }, // no such name: NXDOMAIN
    { priority: 20, weight: 15, port: 1701, target: 'kms-txt' }, // name with a TXT only: NODATA
  ],
  hosts: [
    { name: 'kms1', a: ['127.0.0.11'], aaaa: ['::1'] },
    { name: 'kms2', a: ['127.0.0.12', '127.0.0.13'] },
    { name: 'kms-alias', cname: 'real-kms' }, // RFC 2782 forbids this; it happens anyway
    { name: 'real-kms', a: ['127.0.0.14'], aaaa: ['fd00::14'] },
    { name: 'kms-txt', txt: 'decommissioned' },
  ],
};

/** A second domain, with its own TTLs and a target that lives in another zone. */
const FABRIKAM: ZoneSpec = {
  origin: 'fabrikam.test',
  srv: [
    { priority: 5, weight: 100, port: 1688, target: 'kms' },
    { priority: 5, weight: 0, port: 11688, target: 'kms1.contoso.test.' },
  ],
  hosts: [{ name: 'kms', a: ['127.0.0.21'] }],
  hostTtl: 120,
};

/** 30 SRV records with long targets: far over 512 bytes without EDNS, so only TCP carries them all. */
const NORTHWIND: ZoneSpec = {
  origin: 'northwind.test',
  srvTtl: 3600,
  srv: Array.from({ length: 30 }, (_, i) => ({
    priority: i % 4,
    weight: (i * 7) % 50,
    port: 1688 + i,
    target: `kms-${String(i).padStart(2, '0')}.site-${i % 5}.a-rather-long-label-for-kms-host-names`,
  })),
  hosts: Array.from({ length: 30 }, (_, i) => ({ name: `kms-${String(i).padStart(2, '0')}.site-${i % 5}.a-rather-long-label-for-kms-host-names`, a: [`127.0.1.${i + 1}`] })),
};

/** No `_vlmcs._tcp` at all: NXDOMAIN. */
const ADATUM: ZoneSpec = { origin: 'adatum.test', srv: [], hosts: [{ name: 'www', a: ['127.0.0.31'] }] };

/** `_vlmcs._tcp` exists, holding only a TXT record: NODATA. */
const TAILSPIN: ZoneSpec = { origin: 'tailspin.test', srv: [], srvTxt: 'kms moved to contoso', hosts: [] };

const ZONES = [CONTOSO, FABRIKAM, NORTHWIND, ADATUM, TAILSPIN];
const WITH_SRV = ZONES.filter((zone) => zone.srv.length > 0);

// ---------------------------------------------------------------------------------------------
// The same assertions, once against BIND and once against the lab server.

interface Target {
  server(): DnsServer;
}

function defineEqualitySuite(name: string, target: Target): void {
  const test = suite(name);

  test('probeSrv returns exactly the SRV records each zone holds', async () => {
    for (const zone of WITH_SRV) {
      const result = await probeSrv({ domain: zone.origin, server: target.server(), timeoutMs: TIMEOUT_MS });
      assert.is(result.status, 'ok', `${zone.origin}: ${result.error?.message ?? ''}`);
      assert.is(result.ok, true);
      assert.is(result.data?.rcode, 'NOERROR');
      assert.is(result.data?.authoritative, true, `${zone.origin}: an authoritative answer`);
      assert.is(result.data?.queryName, srvName(zone));
      assert.equal(result.data?.discarded, []);
      assertSameSet(result.data?.records ?? [], expectedSrv(zone), srvKey, `${zone.origin}: SRV records`);
    }
  });

  test('probeSrv lists records in display order: priority, then heavier weight', async () => {
    const result = await probeSrv({ domain: CONTOSO.origin, server: target.server(), timeoutMs: TIMEOUT_MS });
    const records = result.data?.records ?? [];
    for (let i = 1; i < records.length; i++) {
      const [a, b] = [records[i - 1]!, records[i]!];
      assert.ok(a.priority < b.priority || (a.priority === b.priority && a.weight >= b.weight), `${srvKey(a)} before ${srvKey(b)}`);
    }
  });

  test('a set over 512 bytes arrives whole over TCP after a truncated UDP reply', async () => {
    const result = await probeSrv({ domain: NORTHWIND.origin, server: target.server(), timeoutMs: TIMEOUT_MS });
    assert.is(result.status, 'ok');
    assert.is(result.target.transport, 'tcp');
    assert.is(result.data?.truncatedOverUdp, true);
    assert.is(result.attempts, 2, 'one UDP send, one TCP exchange');
    assert.ok((result.data?.replySize ?? 0) > 512, `TCP reply of ${result.data?.replySize} bytes`);
    assert.is(result.data?.records.length, 30);
    assertSameSet(result.data?.records ?? [], expectedSrv(NORTHWIND), srvKey, 'all 30 records, exactly');
  });

  test('small sets come over UDP, untruncated', async () => {
    for (const zone of [CONTOSO, FABRIKAM]) {
      const result = await probeSrv({ domain: zone.origin, server: target.server(), timeoutMs: TIMEOUT_MS });
      assert.is(result.target.transport, 'udp', zone.origin);
      assert.is(result.data?.truncatedOverUdp, false);
      assert.ok((result.data?.replySize ?? 1000) <= 512);
      assert.is(result.attempts, 1);
    }
  });

  test('NXDOMAIN (no _vlmcs name) vs NODATA (_vlmcs exists with a TXT only), both authoritative, with the zone', async () => {
    const [nx, nodata] = await Promise.all([
      probeSrv({ domain: ADATUM.origin, server: target.server(), timeoutMs: TIMEOUT_MS }),
      probeSrv({ domain: TAILSPIN.origin, server: target.server(), timeoutMs: TIMEOUT_MS }),
    ]);
    assert.is(nx.status, 'dns-nxdomain');
    assert.is(nx.data?.rcode, 'NXDOMAIN');
    assert.is(nx.data?.zone, ADATUM.origin);
    assert.is(nodata.status, 'dns-nodata');
    assert.is(nodata.data?.rcode, 'NOERROR');
    assert.is(nodata.data?.zone, TAILSPIN.origin);
    for (const result of [nx, nodata]) {
      assert.is(result.ok, false);
      assert.is(result.data?.authoritative, true);
      assert.equal(result.data?.records, []);
      assert.is(result.attempts, 1, 'a negative answer is an answer: no resend');
    }
  });

  test('a domain the server is not authoritative for is refused', async () => {
    const result = await probeSrv({ domain: 'not-served.test', server: target.server(), timeoutMs: TIMEOUT_MS });
    assert.is(result.status, 'dns-refused');
    assert.is(result.data?.rcode, 'REFUSED');
    assert.is(result.data?.authoritative, false);
  });

  test('every SRV target resolves to exactly the addresses the zone holds (queried)', async () => {
    for (const zone of WITH_SRV) {
      for (const srv of expectedSrv(zone)) {
        const owner = ZONES.find((candidate) => srv.target === candidate.origin || srv.target.endsWith(`.${candidate.origin}`))!;
        const expected = expectedAddresses(owner, srv.target);
        if (expected.addresses.length === 0) continue; // the dead targets have their own test
        const result = await probeAddresses({ name: srv.target, server: target.server(), timeoutMs: TIMEOUT_MS });
        assert.is(result.status, 'ok', srv.target);
        assertSameSet(result.data?.addresses ?? [], expected.addresses, addrKey, `${srv.target}: addresses`);
        assert.ok(result.data?.addresses.every((address) => address.source === 'query'));
        assert.equal(
          result.data?.queries.map((query) => [query.type, query.authoritative]),
          [
            ['A', true],
            ['AAAA', true],
          ],
        );
      }
    }
  });

  test('a CNAME target: probeAddresses reports the alias chain and the canonical addresses', async () => {
    const result = await probeAddresses({ name: 'kms-alias.contoso.test', server: target.server(), timeoutMs: TIMEOUT_MS });
    assert.is(result.status, 'ok');
    assert.equal(result.data?.cnameChain, ['real-kms.contoso.test']);
    const expected = expectedAddresses(CONTOSO, 'kms-alias.contoso.test');
    assert.is(expected.canonical, 'real-kms.contoso.test');
    assertSameSet(result.data?.addresses ?? [], expected.addresses, addrKey, 'addresses of the canonical name');
  });

  test('targets without an address: NXDOMAIN for a missing name, NODATA for a name with other records', async () => {
    const [missing, txtOnly] = await Promise.all([
      probeAddresses({ name: 'kms-old.contoso.test', server: target.server(), timeoutMs: TIMEOUT_MS }),
      probeAddresses({ name: 'kms-txt.contoso.test', server: target.server(), timeoutMs: TIMEOUT_MS }),
    ]);
    assert.is(missing.status, 'dns-nxdomain');
    assert.equal(
      missing.data?.queries.map((query) => [query.type, query.status, query.rcode]),
      [
        ['A', 'dns-nxdomain', 'NXDOMAIN'],
        ['AAAA', 'dns-nxdomain', 'NXDOMAIN'],
      ],
    );
    assert.is(txtOnly.status, 'dns-nodata');
    assert.equal(
      txtOnly.data?.queries.map((query) => [query.type, query.status, query.rcode]),
      [
        ['A', 'dns-nodata', 'NOERROR'],
        ['AAAA', 'dns-nodata', 'NOERROR'],
      ],
    );
    for (const result of [missing, txtOnly]) {
      assert.is(result.ok, false);
      assert.equal(result.data?.addresses, []);
      assert.equal(result.data?.cnameChain, []);
      assert.ok(result.data?.queries.every((query) => query.authoritative === true));
    }
  });

  test('glue from the additional section, when sent, is exactly what the zone holds and is used as such', async () => {
    for (const zone of WITH_SRV) {
      const srv = await probeSrv({ domain: zone.origin, server: target.server(), timeoutMs: TIMEOUT_MS });
      const glue = srv.data?.additionalAddresses ?? [];
      for (const record of expectedSrv(zone)) {
        const owner = ZONES.find((candidate) => record.target.endsWith(`.${candidate.origin}`))!;
        const held = expectedAddresses(owner, record.target).addresses;
        const sent = glue.filter((address) => address.name === record.target);
        // Each glue record sent for a target is one the zone holds (a server may send fewer).
        for (const address of sent) assert.ok(held.map(addrKey).includes(addrKey(address)), `${zone.origin}: glue ${addrKey(address)} is held`);
        const result = await probeAddresses({ name: record.target, server: target.server(), timeoutMs: TIMEOUT_MS, additional: glue });
        const sentTypes = new Set(sent.map((address) => address.type));
        if (sentTypes.size === 2) {
          assert.ok(
            result.data?.addresses.every((address) => address.source === 'additional'),
            `${record.target} from the additional section`,
          );
          assert.is(result.attempts, 0, 'no query needed');
          assertSameSet(result.data?.addresses ?? [], sent, addrKey, `${record.target}: the glue, unchanged`);
        } else if (sent.length > 0) {
          // Glue for one family only (a server trims glue to fit): that family is used, the other asked.
          assert.ok(result.attempts > 0, `${record.target}: the missing family is queried`);
          assert.equal(
            result.data?.queries.map((query) => query.type),
            [sentTypes.has('A') ? 'AAAA' : 'A'],
          );
          assertSameSet(result.data?.addresses ?? [], held, addrKey, `${record.target}: glue plus the queried family = what the zone holds`);
        } else {
          assert.ok(
            result.data?.addresses.every((address) => address.source === 'query'),
            `${record.target} queried`,
          );
          assertSameSet(result.data?.addresses ?? [], expectedAddresses(owner, record.target).addresses, addrKey, `${record.target}: queried addresses`);
        }
      }
    }
  });

  test.run();
}

// ---------------------------------------------------------------------------------------------
// BIND

const bindSetup = suite('dns against BIND: setup');
const bind = startBefore(bindSetup, 'BIND', () => startBind({ zones: ZONES.map((zone) => ({ name: zone.origin, records: bindRecords(zone) })) }));
function bindServer(): DnsServer {
  const { address, port } = bind.get();
  return { address, port };
}
bindSetup('BIND serves every zone', () => {
  assert.match(bind.get().log(), /all zones loaded/);
});
bindSetup.run();

defineEqualitySuite('dns against BIND: answers equal the zone files', { server: bindServer });

const bindOnly = suite('dns against BIND: how BIND itself behaves');
bindOnly.after(async () => {
  await bind.current()?.stop();
});

bindOnly('BIND sends the SRV targets\' A and AAAA in the additional section of a small set (source "additional")', async () => {
  const srv = await probeSrv({ domain: CONTOSO.origin, server: bindServer(), timeoutMs: TIMEOUT_MS });
  const glue = srv.data?.additionalAddresses ?? [];
  assertSameSet(
    glue.filter((address) => address.name !== 'ns.contoso.test'),
    [...expectedAddresses(CONTOSO, 'kms1.contoso.test').addresses, ...expectedAddresses(CONTOSO, 'kms2.contoso.test').addresses],
    addrKey,
    'glue for kms1 (A+AAAA) and kms2 (two A); none for the CNAME target, none for a target in another zone',
  );
  const result = await probeAddresses({ name: 'kms1.contoso.test', server: bindServer(), timeoutMs: TIMEOUT_MS, additional: glue });
  assert.equal(
    result.data?.addresses.map((address) => address.source),
    ['additional', 'additional'],
  );
  assert.equal(result.data?.queries, []);
  // The name server's own address comes along too (minimal-responses no).
  assert.ok(glue.some((address) => address.name === 'ns.contoso.test'));
});

bindOnly('BIND sends no target glue for a 30-record set, even over TCP, so targets are queried (source "query")', async () => {
  const srv = await probeSrv({ domain: NORTHWIND.origin, server: bindServer(), timeoutMs: TIMEOUT_MS });
  assert.equal(
    srv.data?.additionalAddresses.filter((address) => address.name !== 'ns.northwind.test'),
    [],
  );
  const target = srv.data!.records[0]!.target;
  const result = await probeAddresses({ name: target, server: bindServer(), timeoutMs: TIMEOUT_MS, additional: srv.data!.additionalAddresses });
  assert.is(result.status, 'ok');
  assert.ok(result.data!.addresses.length > 0);
  assert.ok(result.data!.addresses.every((address) => address.source === 'query'));
  assertSameSet(result.data!.addresses, expectedAddresses(NORTHWIND, target).addresses, addrKey, target);
});

bindOnly('BIND answers an SRV target that is a CNAME, and logs it as illegal', () => {
  assert.match(bind.get().log(), /_vlmcs\._tcp\.contoso\.test\/SRV 'kms-alias\.contoso\.test' is a CNAME \(illegal\)/);
});

bindOnly.run();

// ---------------------------------------------------------------------------------------------
// The built-in lab server, with the same zones

const labSetup = suite('dns against the lab server: setup');
const lab = startBefore(labSetup, 'lab DNS server', () => startLabDnsServer(ZONES.map((zone) => ({ origin: zone.origin, records: labRecords(zone) }))));
function labServer(): DnsServer {
  const { address, port } = lab.get();
  return { address, port };
}
labSetup('the lab server listens on loopback', () => {
  assert.is(labServer().address, '127.0.0.1');
});
labSetup.run();

defineEqualitySuite('dns against the lab server: answers equal its zones', { server: labServer });

const labOwn = suite('dns against the lab server: the built-in lab zone');
let fullLab: Lab | undefined;
labOwn.after(async () => {
  await lab.current()?.close();
  await fullLab?.close();
});

labOwn('startLab: the SRV set and addresses discovered equal the hosts the lab describes', async () => {
  fullLab = await startLab();
  const server = { address: fullLab.dns.address, port: fullLab.dns.port };
  const srv = await probeSrv({ domain: fullLab.domain, server, timeoutMs: TIMEOUT_MS });
  assert.is(srv.status, 'ok');
  assert.equal((srv.data?.records ?? []).map((record) => `${record.target}:${record.port}`).sort(), fullLab.hosts.map((host) => `${host.name}:${host.port}`).sort());
  for (const host of fullLab.hosts) {
    const result = await probeAddresses({ name: host.name, server, timeoutMs: TIMEOUT_MS, additional: srv.data?.additionalAddresses ?? [] });
    if (host.address === null) {
      assert.is(result.status, 'dns-nxdomain', `${host.name} is the stale record`);
    } else {
      assert.is(result.status, 'ok', host.name);
      assert.equal(
        result.data?.addresses.map((address) => address.address),
        [host.address],
      );
      assert.is(result.data?.addresses[0]?.source, 'additional', 'the lab sends glue for its targets');
    }
  }
});

labOwn.run();
