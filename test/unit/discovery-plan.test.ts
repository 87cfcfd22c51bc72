/**
 * planDiscovery: what the licensing service will do at its next attempt (kms-facts.md §7.1),
 * predicted from a snapshot — manual host (product scope wins), lookup domain with no fallback,
 * the cached host first while caching is on, else `_vlmcs._tcp.<own suffix>` — and
 * targetsFromPlan, which turns that prediction into what the engine probes.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { targetsFromPlan } from '../../src/client/client-targets.js';
import { planDiscovery } from '../../src/client/discovery-plan.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { buildSnapshot, officeProduct, type SnapshotSpec } from '../helpers/snapshot-builder.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

/** Every snapshot this file plans from, checked against the schema at the end. */
const built: Array<{ name: string; snapshot: Snapshot }> = [];

function snapshot(name: string, spec: SnapshotSpec): Snapshot {
  const value = buildSnapshot(spec);
  built.push({ name, snapshot: value });
  return value;
}

const plan = (name: string, spec: SnapshotSpec) => planDiscovery(snapshot(name, spec));

// ---------------------------------------------------------------------------------------------
const manual = suite('planDiscovery: manual host (slmgr /skms)');

manual('service scope: the host is contacted directly, DNS is not consulted', () => {
  const p = plan('manual-service', { service: { kmsMachine: 'KMS9.Corp.Test.', kmsPort: 1700, discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 } });
  assert.is(p.mode, 'manual');
  assert.equal(p.manualHost, { host: 'kms9.corp.test', port: 1700, scope: 'service' });
  assert.equal(p.queryDomains, []);
  assert.is(p.cachedHost, null, 'a manual name replaces the cached host');
  assert.is(p.hostCaching, true);
  assert.equal(p.comparisonDomains, ['corp.test'], 'its own suffix only explains, it is not queried');
  assert.is(p.steps.length, 1);
  assert.match(render(p.steps[0]!), 'slmgr /skms kms9.corp.test:1700');
  assert.match(render(p.steps[0]!), 'does not query DNS');
  assert.not.match(render(p.steps[0]!), 'for this product');
});

manual('no port set: 1688', () => {
  const p = plan('manual-no-port', { service: { kmsMachine: 'kms9.corp.test' } });
  assert.equal(p.manualHost, { host: 'kms9.corp.test', port: 1688, scope: 'service' });
});

manual('product scope wins over the service-wide name', () => {
  const p = plan('manual-product', {
    service: { kmsMachine: 'kms-service.corp.test', kmsPort: 1700 },
    windows: { kmsMachine: 'kms-product.corp.test', kmsPort: 1800 },
  });
  assert.is(p.mode, 'manual');
  assert.equal(p.manualHost, { host: 'kms-product.corp.test', port: 1800, scope: 'product' });
  assert.match(render(p.steps[0]!), 'set for this product');
  assert.match(render(p.steps[0]!), 'kms-product.corp.test:1800');
});

manual("an Office product's own name is not the Windows product's", () => {
  const p = plan('manual-office-only', { extraProducts: [officeProduct({ kmsMachine: 'kms-office.corp.test' })] });
  assert.is(p.mode, 'dns');
  assert.is(p.manualHost, null);
});

manual('manual host + lookup domain: the lookup domain is ignored, and a step says so', () => {
  const p = plan('manual+lookup', { service: { kmsMachine: 'kms9.corp.test', lookupDomain: 'Branch.Test' } });
  assert.is(p.mode, 'manual');
  assert.equal(p.queryDomains, []);
  assert.is(p.steps.length, 2);
  assert.is(render(p.steps[1]!), 'The lookup domain branch.test is ignored while the host name is set.');
  assert.equal(p.comparisonDomains, ['branch.test', 'corp.test'], 'the ignored domain still explains a failure');
});

// ---------------------------------------------------------------------------------------------
const lookup = suite('planDiscovery: lookup domain (slmgr /skms-domain)');

lookup('only the lookup domain is queried, with no fallback to the own suffix', () => {
  const p = plan('lookup', {
    service: { lookupDomain: 'branch.test.' },
    dns: { primaryDnsSuffix: 'corp.test', suffixSearchList: ['corp.test', 'search.test'] },
  });
  assert.is(p.mode, 'lookup-domain');
  assert.equal(p.queryDomains, ['branch.test']);
  assert.is(p.manualHost, null);
  assert.match(render(p.steps.at(-1)!), '_vlmcs._tcp.branch.test only');
  assert.match(render(p.steps.at(-1)!), 'no fallback');
  assert.equal(p.comparisonDomains, ['search.test', 'corp.test'], 'search list and own suffix explain, never queried');
  assert.not.ok(p.comparisonDomains.includes('branch.test'));
});

lookup('product-level lookup domain wins over the service one', () => {
  const p = plan('lookup-product', { service: { lookupDomain: 'service.test' }, windows: { lookupDomain: 'product.test' } });
  assert.equal(p.queryDomains, ['product.test']);
});

lookup('with caching on, the cached host is tried first', () => {
  const p = plan('lookup+cached', { service: { lookupDomain: 'branch.test', discoveredMachine: 'kms3.branch.test', discoveredPort: 1688 } });
  assert.equal(p.cachedHost, { host: 'kms3.branch.test', port: 1688 });
  assert.is(p.steps.length, 2);
  assert.match(render(p.steps[0]!), 'kms3.branch.test:1688');
});

// ---------------------------------------------------------------------------------------------
const caching = suite('planDiscovery: host caching');

caching('caching on with a discovered host: cachedHost set and the first step names it', () => {
  const p = plan('cache-on', { service: { hostCaching: true, discoveredMachine: 'KMS1.corp.test', discoveredPort: 1688 } });
  assert.is(p.mode, 'dns');
  assert.is(p.hostCaching, true);
  assert.equal(p.cachedHost, { host: 'kms1.corp.test', port: 1688 });
  assert.is(p.steps.length, 2);
  assert.match(render(p.steps[0]!), 'Host caching is on');
  assert.match(render(p.steps[0]!), 'kms1.corp.test:1688, then DNS');
  assert.match(render(p.steps[1]!), '_vlmcs._tcp.corp.test');
});

caching("the product's discovered host and port are preferred", () => {
  const p = plan('cache-product', {
    service: { discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 },
    windows: { discoveredMachine: 'kms2.corp.test', discoveredPort: 1700 },
  });
  assert.equal(p.cachedHost, { host: 'kms2.corp.test', port: 1700 });
});

caching('discovered port unknown: 1688', () => {
  const p = plan('cache-no-port', { service: { discoveredMachine: 'kms1.corp.test', discoveredPort: null } });
  assert.equal(p.cachedHost, { host: 'kms1.corp.test', port: 1688 });
});

caching('caching off (slmgr /ckhc): no cached host, DNS at every attempt', () => {
  const p = plan('cache-off', { service: { hostCaching: false, discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 } });
  assert.is(p.hostCaching, false);
  assert.is(p.cachedHost, null);
  assert.is(p.steps.length, 1);
  assert.not.match(render(p.steps[0]!), 'caching');
});

caching('caching on but nothing discovered yet: no cached host', () => {
  const p = plan('cache-empty', { service: { hostCaching: true } });
  assert.is(p.cachedHost, null);
  assert.is(p.steps.length, 1);
});

// ---------------------------------------------------------------------------------------------
const dns = suite('planDiscovery: DNS suffixes');

dns('primary suffix then connection-specific suffixes, deduplicated; comparison = search list + AD domain minus those', () => {
  const p = plan('dns-suffixes', {
    computer: { domain: 'AD.Corp.Test' },
    dns: {
      primaryDnsSuffix: 'Corp.Test.',
      connectionSuffixes: [
        { interface: 'Ethernet', suffix: 'emea.corp.test' },
        { interface: 'Wi-Fi', suffix: 'CORP.TEST' },
        { interface: 'VPN', suffix: 'vpn.corp.test' },
        { interface: 'Ethernet 2', suffix: 'emea.corp.test.' },
      ],
      suffixSearchList: ['corp.test', 'branch.corp.test', 'emea.corp.test', 'Branch.Corp.Test', 'ad.corp.test'],
    },
  });
  assert.is(p.mode, 'dns');
  assert.equal(p.queryDomains, ['corp.test', 'emea.corp.test', 'vpn.corp.test']);
  assert.equal(p.comparisonDomains, ['branch.corp.test', 'ad.corp.test']);
  assert.is(render(p.steps.at(-1)!), 'The client queries _vlmcs._tcp.corp.test, _vlmcs._tcp.emea.corp.test, _vlmcs._tcp.vpn.corp.test, in this order.');
});

dns('connection-specific suffix alone (no primary suffix)', () => {
  const p = plan('dns-connection-only', {
    computer: { domain: null, partOfDomain: false },
    dns: { primaryDnsSuffix: null, connectionSuffixes: [{ interface: 'Ethernet', suffix: 'dhcp.test' }], suffixSearchList: [] },
  });
  assert.is(p.mode, 'dns');
  assert.equal(p.queryDomains, ['dhcp.test']);
  assert.equal(p.comparisonDomains, []);
});

dns('no suffix at all, workgroup machine: no-suffix, nothing queried, the search list only explains', () => {
  const p = plan('no-suffix', { computer: { domain: null, partOfDomain: false }, dns: { primaryDnsSuffix: null, connectionSuffixes: [], suffixSearchList: ['search.test'] } });
  assert.is(p.mode, 'no-suffix');
  assert.equal(p.queryDomains, []);
  assert.equal(p.comparisonDomains, ['search.test']);
  assert.match(render(p.steps[0]!), '0x8007007B');
});

dns('blank suffixes count as none', () => {
  const p = plan('blank-suffixes', {
    computer: { domain: null, partOfDomain: false },
    dns: { primaryDnsSuffix: ' ', connectionSuffixes: [{ interface: 'Ethernet', suffix: '' }], suffixSearchList: [] },
  });
  assert.is(p.mode, 'no-suffix');
  assert.equal(p.queryDomains, []);
});

dns('no suffix but an AD domain: that domain is queried, and the step says why', () => {
  const p = plan('ad-only', { computer: { domain: 'ad.test' }, dns: { primaryDnsSuffix: null, suffixSearchList: ['ad.test', 'search.test'] } });
  assert.is(p.mode, 'dns');
  assert.equal(p.queryDomains, ['ad.test']);
  assert.equal(p.comparisonDomains, ['search.test']);
  assert.match(render(p.steps.at(-1)!), 'no suffix is set');
});

dns('no DNS view and no domain: unknown, nothing predicted', () => {
  const p = plan('unknown', { computer: { domain: null, partOfDomain: null }, dns: null, service: { discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 } });
  assert.is(p.mode, 'unknown');
  assert.equal(p.queryDomains, []);
  assert.equal(p.comparisonDomains, []);
  assert.equal(p.cachedHost, { host: 'kms1.corp.test', port: 1688 }, 'the cached host is still known');
  assert.match(render(p.steps[0]!), 'cannot be predicted');
});

dns('no service block at all (events-only input): unknown, caching unknown', () => {
  const p = plan('no-service', { service: null, windows: null, computer: { domain: null }, dns: null });
  assert.is(p.mode, 'unknown');
  assert.is(p.hostCaching, null);
  assert.is(p.manualHost, null);
  assert.is(p.cachedHost, null);
});

// ---------------------------------------------------------------------------------------------
const targets = suite('targetsFromPlan');

targets('manual plan: the pinned host, comparison domains, nothing cached', () => {
  const p = plan('targets-manual', { service: { kmsMachine: 'kms9.corp.test', kmsPort: 1700, discoveredMachine: 'kms1.corp.test' } });
  const t = targetsFromPlan(p, { domains: [], kmsHosts: [] });
  assert.equal(t.kmsHosts, [{ host: 'kms9.corp.test', port: 1700, role: 'pinned' }]);
  assert.equal(t.domains, [], 'a pinned client queries no domain');
  assert.equal(t.comparisonDomains, ['corp.test']);
});

targets("dns plan with a cached host: queried domains and the user's; comparison domains apart", () => {
  const p = plan('targets-cached', {
    service: { discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 },
    dns: { primaryDnsSuffix: 'corp.test', suffixSearchList: ['corp.test', 'search.test'] },
  });
  const t = targetsFromPlan(p, { domains: ['extra.test', 'corp.test'], kmsHosts: [{ host: 'kms7.corp.test', port: 1688 }] });
  assert.equal(t.domains, ['corp.test', 'extra.test']);
  assert.equal(t.comparisonDomains, ['search.test']);
  assert.equal(t.kmsHosts, [
    { host: 'kms1.corp.test', port: 1688, role: 'cached' },
    { host: 'kms7.corp.test', port: 1688, role: 'given' },
  ]);
});

targets('names from the snapshot are validated as flags are: a hostile one is bad input, never probed', async () => {
  const { rejectsWithUsageError } = await import('../helpers/rejects.js');
  const cases: Array<[SnapshotSpec, string]> = [
    [{ service: { kmsMachine: "kms'}; start-process calc; #", kmsPort: 1688 } }, 'KeyManagementServiceMachine'],
    [{ service: { discoveredMachine: 'kms\u001b[2J.corp.test', discoveredPort: 1688 }, dns: { primaryDnsSuffix: 'corp.test' } }, 'DiscoveredKeyManagementServiceMachineName'],
    [{ dns: { primaryDnsSuffix: 'corp test' } }, 'DnsSuffix'],
  ];
  for (const [spec, field] of cases) {
    const p = plan(`targets-hostile-${field}`, spec);
    await rejectsWithUsageError((async () => targetsFromPlan(p, { domains: [], kmsHosts: [] }))(), field, 'invalid label');
  }
});

targets('a host named twice is probed once, with the first role', () => {
  const p = plan('targets-dedupe', { service: { kmsMachine: 'kms9.corp.test', kmsPort: 1688 } });
  const t = targetsFromPlan(p, {
    domains: [],
    kmsHosts: [
      { host: 'kms9.corp.test', port: 1688 },
      { host: 'kms9.corp.test', port: 1700 },
      { host: 'kms9.corp.test', port: 1700 },
    ],
  });
  assert.equal(t.kmsHosts, [
    { host: 'kms9.corp.test', port: 1688, role: 'pinned' },
    { host: 'kms9.corp.test', port: 1700, role: 'given' },
  ]);
  const cached = plan('targets-dedupe-cached', { service: { discoveredMachine: 'kms1.corp.test', discoveredPort: 1688 } });
  assert.equal(targetsFromPlan(cached, { domains: [], kmsHosts: [{ host: 'kms1.corp.test', port: 1688 }] }).kmsHosts, [{ host: 'kms1.corp.test', port: 1688, role: 'cached' }]);
});

targets('unknown plan: only what the user named', () => {
  const p = plan('targets-unknown', { computer: { domain: null }, dns: null });
  assert.equal(targetsFromPlan(p, { domains: ['given.test'], kmsHosts: [] }), { domains: ['given.test'], comparisonDomains: [], kmsHosts: [] });
});

// ---------------------------------------------------------------------------------------------
// Runs last: every snapshot above is one the collector could have written.
const schema = suite('snapshot builder');

schema('every snapshot planned from in this file is schema-valid', () => {
  assert.ok(built.length >= 20, `${built.length} snapshots`);
  for (const { name, snapshot: value } of built) assert.equal(snapshotSchemaErrors(value), [], name);
});

manual.run();
lookup.run();
caching.run();
dns.run();
targets.run();
schema.run();
