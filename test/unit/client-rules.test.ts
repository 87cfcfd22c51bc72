/**
 * The client/* and events/* rules, from hand-written facts to the exact list of finding ids
 * (most severe first): ClientFacts built as load-client.ts builds them (snapshot, planDiscovery,
 * analyzeEvents), with hand-built ConnectivityFacts (test/helpers/facts.ts) where the rule needs
 * to know what the network said. Every finding keeps the catalog's invariants: evidence (probe
 * evidence pointing at a probe in the facts), at least one remedy step, docs = explain <id>.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RULE_IDS, type RuleId } from '../../src/catalog/findings.js';
import { planDiscovery } from '../../src/client/discovery-plan.js';
import { primaryWindowsProduct } from '../../src/client/kms-client-product.js';
import type { ConnectivityFacts } from '../../src/engine/model.js';
import { analyzeEvents } from '../../src/events/attempts.js';
import type { ClientFacts } from '../../src/rules/facts.js';
import { evaluate } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/types.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { buildFacts, type FactsSpec, host, probeIds } from '../helpers/facts.js';
import { evidenceKinds, only, soleFinding } from '../helpers/findings.js';
import { buildSnapshot, ENTERPRISE_SKU, failure8198, officeProduct, request12288, response12289, type SnapshotSpec } from '../helpers/snapshot-builder.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const D = 'corp.test';

interface Run {
  client: ClientFacts;
  connectivity: ConnectivityFacts | undefined;
  findings: Finding<RuleId>[];
  ids: string[];
}

/** Every evaluation of this file, for the invariants suite at the end. */
const evaluated: Array<{ name: string; run: Run }> = [];

function clientFacts(snapshot: Snapshot, hostClockUtc?: string | null): ClientFacts {
  return { snapshot, plan: planDiscovery(snapshot), events: analyzeEvents(snapshot.events), ...(hostClockUtc !== undefined ? { hostClockUtc } : {}) };
}

function run(name: string, spec: { snapshot?: SnapshotSpec; network?: FactsSpec; hostClockUtc?: string | null }): Run {
  const client = clientFacts(buildSnapshot(spec.snapshot ?? {}), spec.hostClockUtc);
  const connectivity = spec.network ? buildFacts(spec.network) : undefined;
  const findings = evaluate({ client, ...(connectivity ? { connectivity } : {}) });
  const result = { client, connectivity, findings, ids: findings.map((finding) => finding.ruleId) };
  evaluated.push({ name, run: result });
  return result;
}

/** A client with `snapshot` that searches corp.test, where DNS lists `targets`. */
function inCorpTest(snapshot: SnapshotSpec, targets: FactsSpec['targets']): { snapshot: SnapshotSpec; network: FactsSpec } {
  return { snapshot, network: { domains: [{ domain: D }], targets } };
}

/** A pinned client (slmgr /skms kms9.corp.test) whose own suffix is corp.test. */
const PINNED: SnapshotSpec = { service: { kmsMachine: 'kms9.corp.test', kmsPort: 1688 } };
/** DNS discovery in corp.test with kms-old.corp.test:1688 cached. */
const CACHED: SnapshotSpec = { service: { hostCaching: true, discoveredMachine: 'kms-old.corp.test', discoveredPort: 1688 } };
const cachedTarget = (spec: Parameters<typeof host>[1] = {}) => host('kms-old.corp.test', { source: 'kms-host', ...spec });

// ---------------------------------------------------------------------------------------------
const config = suite('client rules: discovery settings');

config('healthy DNS client, healthy host: no finding at all', () => {
  const { ids, client } = run('healthy', inCorpTest({}, [host('kms1.corp.test')]));
  assert.is(client.plan.mode, 'dns');
  assert.equal(ids, []);
});

config('no suffix → client/no-dns-suffix (error, 0x8007007B)', () => {
  const { ids, findings, client } = run('no-suffix', {
    snapshot: { computer: { domain: null, partOfDomain: false }, dns: { primaryDnsSuffix: null, connectionSuffixes: [], suffixSearchList: ['search.test'] } },
  });
  assert.is(client.plan.mode, 'no-suffix');
  assert.equal(ids, ['client/no-dns-suffix']);
  const finding = findings[0]!;
  assert.is(finding.severity, 'error');
  assert.match(finding.message, '0x8007007B');
  assert.match(finding.evidence[0]!.summary, 'search list: search.test');
  assert.ok(finding.remedy.some((step) => step.includes('slmgr.vbs /skms-domain')));
});

config('no suffix while the search list domain holds records → no-dns-suffix and suffix-mismatch', () => {
  const { ids } = run('no-suffix+records', {
    snapshot: { computer: { domain: null, partOfDomain: false }, dns: { primaryDnsSuffix: null, connectionSuffixes: [], suffixSearchList: ['search.test'] } },
    network: { domains: [{ domain: 'search.test' }], targets: [host('kms1.search.test')] },
  });
  assert.equal(ids, ['client/no-dns-suffix', 'client/suffix-mismatch']);
});

const UNUSABLE: Array<{ verdict: string; spec: Parameters<typeof host>[1]; network: RuleId[] }> = [
  { verdict: 'unresolved', spec: { addresses: [] }, network: ['srv/target-unresolvable', 'kms/no-usable-host'] },
  { verdict: 'port-closed', spec: { activation: 'closed' }, network: ['tcp/kms-port-closed', 'kms/no-usable-host'] },
  { verdict: 'port-filtered', spec: { activation: 'filtered' }, network: ['tcp/kms-port-filtered', 'kms/no-usable-host'] },
  { verdict: 'unreachable', spec: { activation: 'unreachable', management: 'unreachable' }, network: ['tcp/host-unreachable', 'kms/no-usable-host'] },
  { verdict: 'not-kms', spec: { rpc: { status: 'not-rpc' } }, network: ['rpc/not-kms-endpoint', 'kms/no-usable-host'] },
];

for (const { verdict, spec, network } of UNUSABLE) {
  config(`pinned host ${verdict} → client/manual-host-unusable`, () => {
    const { ids, findings, client, connectivity } = run(`pinned-${verdict}`, { snapshot: PINNED, network: { targets: [host('kms9.corp.test', { source: 'kms-host', ...spec })] } });
    assert.is(client.plan.mode, 'manual');
    assert.is(connectivity!.targets[0]!.verdict, verdict);
    assert.equal(ids, ['client/manual-host-unusable', ...network]);
    const finding = only(findings, 'client/manual-host-unusable');
    assert.is(finding.severity, 'error');
    assert.is(finding.target, 'kms9.corp.test');
    assert.match(finding.message, `kms9.corp.test:1688 (slmgr /skms) and that host is ${verdict}`);
    assert.match(finding.message, 'never falls back to DNS');
    assert.equal(evidenceKinds(finding), ['setting', 'probe']);
    assert.is(finding.evidence[0]!.ref, 'service.kmsMachine');
    assert.ok(finding.remedy.includes('Return the client to DNS auto-discovery: slmgr.vbs /ckms'));
  });
}

config('pinned host at product scope: the evidence names the product setting', () => {
  const { findings } = run('pinned-product', {
    snapshot: { windows: { kmsMachine: 'kms9.corp.test', kmsPort: 1688 } },
    network: { targets: [host('kms9.corp.test', { source: 'kms-host', activation: 'closed' })] },
  });
  const finding = only(findings, 'client/manual-host-unusable');
  assert.match(finding.message, '(slmgr /skms for this product)');
  assert.is(finding.evidence[0]!.ref, 'product.kmsMachine');
});

for (const [verdict, spec] of [
  ['ready', {}],
  ['port-open', { rpc: null }],
  ['not-tested', { activation: null, management: null }],
] as const) {
  config(`pinned host ${verdict} → no client finding`, () => {
    const { ids, connectivity } = run(`pinned-usable-${verdict}`, { snapshot: PINNED, network: { targets: [host('kms9.corp.test', { source: 'kms-host', ...spec })] } });
    assert.is(connectivity!.targets[0]!.verdict, verdict);
    assert.equal(ids, []);
  });
}

config('pinned host while DNS publishes other hosts → client/manual-host-bypasses-dns (warning)', () => {
  const finding = soleFinding(
    'client/manual-host-bypasses-dns',
    'warning',
    run('pinned-bypasses', inCorpTest(PINNED, [host('kms1.corp.test'), host('kms2.corp.test'), host('kms9.corp.test', { source: 'kms-host' })])),
  );
  assert.match(finding.message, 'ignores the 2 hosts DNS publishes (kms1.corp.test:1688, kms2.corp.test:1688); the pinned host is not among them');
  assert.equal(evidenceKinds(finding), ['setting', 'probe', 'probe']);
  assert.ok(finding.remedy.some((step) => step.includes('slmgr.vbs /ckms')));
});

config('pinned host that DNS publishes as the only host: no bypass finding', () => {
  const { ids } = run('pinned-is-published', inCorpTest(PINNED, [host('kms9.corp.test'), host('kms9.corp.test', { source: 'kms-host' })]));
  assert.equal(ids, []);
});

config('pinned host unusable while DNS publishes a working one → both findings', () => {
  const { ids } = run('pinned-unusable+published', inCorpTest(PINNED, [host('kms1.corp.test'), host('kms9.corp.test', { source: 'kms-host', addresses: [] })]));
  assert.equal(ids, ['client/manual-host-unusable', 'srv/target-unresolvable', 'client/manual-host-bypasses-dns']);
});

config('lookup domain NXDOMAIN → client/lookup-domain-without-records (no fallback)', () => {
  const { ids, findings, client } = run('lookup-nxdomain', {
    snapshot: { service: { lookupDomain: 'branch.test' } },
    network: { domains: [{ domain: 'branch.test', answers: [{ status: 'dns-nxdomain' }] }, { domain: D }], targets: [host('kms1.corp.test', { domain: D })] },
  });
  assert.is(client.plan.mode, 'lookup-domain');
  assert.equal(client.plan.queryDomains, ['branch.test']);
  assert.equal(ids, ['client/lookup-domain-without-records', 'client/suffix-mismatch', 'dns/srv-missing']);
  const finding = only(findings, 'client/lookup-domain-without-records');
  assert.is(finding.target, 'branch.test');
  assert.match(finding.message, '_vlmcs._tcp.branch.test has no SRV records (dns-nxdomain)');
  assert.match(finding.message, 'no fallback');
  assert.equal(evidenceKinds(finding), ['setting', 'probe']);
  assert.ok(finding.remedy.includes("Clear the lookup domain to search the client's own suffix: slmgr.vbs /ckms-domain"));
});

config('lookup domain NXDOMAIN, nothing elsewhere: the lookup finding and srv-missing only', () => {
  const { ids } = run('lookup-nxdomain-alone', {
    snapshot: { service: { lookupDomain: 'branch.test' } },
    network: { domains: [{ domain: 'branch.test', answers: [{ status: 'dns-nxdomain' }] }] },
  });
  assert.equal(ids, ['client/lookup-domain-without-records', 'dns/srv-missing']);
});

config('lookup domain with records: no lookup finding', () => {
  const { ids } = run('lookup-ok', {
    snapshot: { service: { lookupDomain: 'branch.test' } },
    network: { domains: [{ domain: 'branch.test' }], targets: [host('kms1.branch.test')] },
  });
  assert.equal(ids, []);
});

config('lookup domain probes cut short by the deadline: unknown, no lookup finding', () => {
  const { ids } = run('lookup-cancelled', {
    snapshot: { service: { lookupDomain: 'branch.test' } },
    network: { domains: [{ domain: 'branch.test', answers: [{ status: 'cancelled' }] }] },
  });
  assert.not.ok(ids.includes('client/lookup-domain-without-records'), ids.join(', '));
});

config('cached host no longer published → client/cached-host-stale (warning)', () => {
  const finding = soleFinding('client/cached-host-stale', 'warning', run('cached-unpublished', inCorpTest(CACHED, [host('kms1.corp.test'), cachedTarget()])));
  assert.is(finding.target, 'kms-old.corp.test');
  assert.match(finding.message, 'kms-old.corp.test:1688 is no longer published in corp.test;');
  assert.equal(evidenceKinds(finding), ['setting', 'probe']);
  assert.ok(finding.remedy.some((step) => step.includes('slmgr.vbs /ckms')));
});

config('cached host still published but unreachable → client/cached-host-stale', () => {
  const { ids, findings } = run('cached-unreachable', {
    snapshot: CACHED,
    // The engine probes a name:port once, so the SRV entry and the cached entry share the verdict.
    network: {
      domains: [{ domain: D }],
      targets: [
        host('kms1.corp.test'),
        host('kms-old.corp.test', { priority: 10, addresses: ['192.0.2.99'], activation: 'unreachable', management: 'unreachable' }),
        cachedTarget({ addresses: ['192.0.2.99'], activation: 'unreachable', management: 'unreachable' }),
      ],
    },
  });
  assert.equal(ids, ['tcp/host-unreachable', 'client/cached-host-stale', 'kms/unusable-hosts-listed']);
  assert.match(only(findings, 'client/cached-host-stale').message, 'kms-old.corp.test:1688 is unreachable;');
});

config('cached host unpublished and unresolvable: both reasons', () => {
  const { findings } = run('cached-both', inCorpTest(CACHED, [host('kms1.corp.test'), cachedTarget({ addresses: [] })]));
  assert.match(only(findings, 'client/cached-host-stale').message, 'is no longer published in corp.test and unresolved;');
});

config('cached host published and usable: no stale finding', () => {
  const { ids } = run('cached-ok', inCorpTest(CACHED, [host('kms-old.corp.test'), cachedTarget()]));
  assert.equal(ids, []);
});

config('cached host offline (no network facts) or with DNS silent: publication unknown, no finding', () => {
  assert.equal(run('cached-offline', { snapshot: CACHED }).ids, []);
  const silent = run('cached-dns-timeout', { snapshot: CACHED, network: { domains: [{ domain: D, answers: [{ status: 'timeout' }] }], targets: [cachedTarget()] } });
  assert.not.ok(silent.ids.includes('client/cached-host-stale'), silent.ids.join(', '));
});

config('cached host in a worse priority group → client/discovered-host-not-preferred (info)', () => {
  const finding = soleFinding(
    'client/discovered-host-not-preferred',
    'info',
    run(
      'cached-not-preferred',
      inCorpTest(CACHED, [host('kms1.corp.test', { priority: 0 }), host('kms2.corp.test', { priority: 0 }), host('kms-old.corp.test', { priority: 10 }), cachedTarget()]),
    ),
  );
  assert.match(finding.message, 'last used kms-old.corp.test:1688 (priority 10); DNS now prefers kms1.corp.test:1688, kms2.corp.test:1688 (priority 0)');
  assert.equal(evidenceKinds(finding), ['setting', 'probe', 'probe']);
  assert.ok(finding.remedy.some((step) => step.includes('slmgr.vbs /ckhc')));
});

config('cached host in the best group, or caching off: no preference finding', () => {
  assert.equal(run('cached-preferred', inCorpTest(CACHED, [host('kms-old.corp.test', { priority: 0 }), host('kms1.corp.test', { priority: 10 }), cachedTarget()])).ids, []);
  const off = run(
    'cache-off',
    inCorpTest({ service: { hostCaching: false, discoveredMachine: 'kms-old.corp.test', discoveredPort: 1688 } }, [
      host('kms1.corp.test', { priority: 0 }),
      host('kms-old.corp.test', { priority: 10 }),
    ]),
  );
  assert.is(off.client.plan.cachedHost, null);
  assert.equal(off.ids, []);
});

config('records only in a comparison domain → client/suffix-mismatch (error)', () => {
  const { ids, findings } = run('suffix-mismatch', {
    snapshot: { dns: { primaryDnsSuffix: D, suffixSearchList: [D, 'search.test'] } },
    network: { domains: [{ domain: D, answers: [{ status: 'dns-nxdomain' }] }, { domain: 'search.test' }], targets: [host('kms1.search.test', { domain: 'search.test' })] },
  });
  assert.equal(ids, ['client/suffix-mismatch', 'dns/srv-missing']);
  const finding = only(findings, 'client/suffix-mismatch', 'error');
  assert.is(finding.target, 'search.test');
  assert.match(finding.message, 'KMS records exist in search.test, but the client queries _vlmcs._tcp.corp.test');
  assert.ok(finding.remedy.includes('Point the client at that domain: slmgr.vbs /skms-domain search.test'));
});

config('records in the queried domain as well: no mismatch', () => {
  const { ids } = run('suffix-both', {
    snapshot: { dns: { primaryDnsSuffix: D, suffixSearchList: [D, 'search.test'] } },
    network: { domains: [{ domain: D }, { domain: 'search.test' }], targets: [host('kms1.corp.test', { domain: D }), host('kms1.search.test', { domain: 'search.test' })] },
  });
  assert.equal(ids, []);
});

// ---------------------------------------------------------------------------------------------
const product = suite('client rules: product and license');

for (const [channel, words] of [
  ['VOLUME_MAK', 'a MAK'],
  ['RETAIL', 'a retail key'],
  ['OEM', 'an OEM key'],
] as const) {
  product(`${channel} channel → client/not-kms-client-channel (warning)`, () => {
    const { ids, findings } = run(`channel-${channel}`, {
      snapshot: {
        windows: {
          channel,
          description: `Windows(R) Operating System, ${channel} channel`,
          productKeyChannel: channel === 'VOLUME_MAK' ? 'Volume:MAK' : channel === 'RETAIL' ? 'Retail' : 'OEM:DM',
        },
      },
    });
    assert.equal(ids, ['client/not-kms-client-channel']);
    const finding = findings[0]!;
    assert.is(finding.severity, 'warning');
    assert.match(finding.message, `has ${words}`);
    assert.match(finding.message, 'does not use KMS at all');
    assert.equal(
      finding.evidence.map((evidence) => evidence.ref),
      ['product.73111121-5638-40f6-bc11-f1d7b0d64300.description'],
    );
    assert.ok(finding.remedy.some((step) => step.includes('slmgr.vbs /ipk <GVLK>')));
  });
}

product('KMS client channel, and a KMS host key: no channel finding', () => {
  assert.equal(run('channel-kmsclient', {}).ids, []);
  assert.equal(
    run('channel-kms-host', {
      snapshot: { windows: { channel: 'VOLUME_KMS', description: 'Windows(R) Operating System, VOLUME_KMS_WS22 channel', productKeyChannel: 'Volume:CSVLK' } },
    }).ids,
    [],
  );
});

product('licenseStatus 2 with grace left → client/not-licensed as a warning with the deadline from collectedAt', () => {
  const finding = soleFinding(
    'client/not-licensed',
    'warning',
    run('grace', { snapshot: { collectedAt: '2025-03-01T12:00:00.000Z', windows: { licenseStatus: 2, gracePeriodRemainingMinutes: 30 * 1440 + 90 } } }),
  );
  assert.match(finding.message, 'Initial grace period, 31 days left'); // rounded up, as slmgr prints days
  assert.match(finding.message, 'it must activate before 2025-03-31T13:30Z');
  assert.match(finding.evidence[0]!.summary, 'LicenseStatus = 2 (Initial grace period); GracePeriodRemaining = 43290 minutes');
});

product('the deadline follows collectedAt, not the time of analysis; one minute of grace left is an error', () => {
  const { findings } = run('grace-other-day', { snapshot: { collectedAt: '2024-12-31T23:59:30.000Z', windows: { licenseStatus: 2, gracePeriodRemainingMinutes: 1 } } });
  assert.is(only(findings, 'client/not-licensed').severity, 'error');
  assert.match(findings[0]!.message, 'before 2025-01-01T00:00Z');
});

product('fewer than 7 days of grace left, or the additional grace period (an expired KMS activation): an error', () => {
  assert.is(only(run('grace-6d', { snapshot: { windows: { licenseStatus: 2, gracePeriodRemainingMinutes: 6 * 1440 } } }).findings, 'client/not-licensed').severity, 'error');
  assert.is(only(run('grace-8d', { snapshot: { windows: { licenseStatus: 2, gracePeriodRemainingMinutes: 8 * 1440 } } }).findings, 'client/not-licensed').severity, 'warning');
  assert.is(only(run('oot-grace', { snapshot: { windows: { licenseStatus: 3, gracePeriodRemainingMinutes: 20 * 1440 } } }).findings, 'client/not-licensed').severity, 'error');
});

for (const [status, words] of [
  [0, 'Unlicensed'],
  [5, 'Notification'],
] as const) {
  product(`licenseStatus ${status} → client/not-licensed as an error`, () => {
    const { ids, findings } = run(`status-${status}`, { snapshot: { windows: { licenseStatus: status, licenseStatusReason: '0xC004F056', gracePeriodRemainingMinutes: 0 } } });
    assert.equal(ids, ['client/not-licensed']);
    assert.is(findings[0]!.severity, 'error');
    assert.match(findings[0]!.message, `not activated: ${words} (reason 0xC004F056)`);
    assert.not.match(findings[0]!.message, 'must activate before');
  });
}

product('grace period used up (status 2, 0 minutes): an error, no deadline', () => {
  const { findings } = run('grace-over', { snapshot: { windows: { licenseStatus: 2, gracePeriodRemainingMinutes: 0 } } });
  assert.is(only(findings, 'client/not-licensed').severity, 'error');
});

product('licensed, or status unknown: no finding', () => {
  assert.equal(run('status-1', { snapshot: { windows: { licenseStatus: 1 } } }).ids, []);
  assert.equal(run('status-null', { snapshot: { windows: { licenseStatus: null } } }).ids, []);
});

for (const [type, words] of [
  [1, 'Active Directory-based activation only'],
  [3, 'token-based activation only'],
] as const) {
  product(`act-type ${type} → client/activation-type-excludes-kms (warning)`, () => {
    const { ids, findings } = run(`act-type-${type}`, { snapshot: { windows: { activationTypeEnabled: type } } });
    assert.equal(ids, ['client/activation-type-excludes-kms']);
    assert.is(findings[0]!.severity, 'warning');
    assert.match(findings[0]!.message, `${words} (slmgr /act-type ${type})`);
    assert.ok(findings[0]!.remedy.includes('Allow every volume activation type: slmgr.vbs /act-type 0'));
  });
}

product('act-type 0 (all) and 2 (KMS), or unknown: no finding', () => {
  for (const type of [0, 2, null]) assert.equal(run(`act-type-${type}`, { snapshot: { windows: { activationTypeEnabled: type } } }).ids, [], String(type));
});

product('only the Windows product counts for the channel rule; an unlicensed Office MAK is judged on its own', () => {
  const { ids, findings } = run('office-mak', {
    snapshot: { extraProducts: [officeProduct({ channel: 'VOLUME_MAK', description: 'Office 21, VOLUME_MAK channel', productKeyChannel: 'Volume:MAK', licenseStatus: 0 })] },
  });
  assert.equal(ids, ['client/product-not-licensed']);
  assert.match(findings[0]!.message, 'Office product Office 21, Office21ProPlus2021VL_KMS_Client_AE edition is not activated: Unlicensed');
  assert.match(findings[0]!.message, 'it does not use KMS');
});

product('an Office KMS client in its initial grace period with 3 days left is an error, while Windows is activated', () => {
  const finding = soleFinding(
    'client/product-not-licensed',
    'error',
    run('office-grace', { snapshot: { extraProducts: [officeProduct({ licenseStatus: 2, gracePeriodRemainingMinutes: 3 * 1440 })] } }),
  );
  assert.match(finding.message, 'Initial grace period, 3 days left — it must activate before 2025-03-04T12:00Z');
  assert.match(finding.message, 'host counts 5 distinct clients');
  assert.is(finding.target, 'Office 21, Office21ProPlus2021VL_KMS_Client_AE edition');
  assert.ok(
    finding.remedy.some((step) => step.includes('slmgr.vbs /ato fbdb3e18-a8ef-4fb3-9183-dffd60bd0984')),
    finding.remedy.join(' | '),
  );
});

const ESU = (overrides: Partial<Parameters<typeof officeProduct>[0]> = {}) =>
  officeProduct({
    id: 'f520e45e-7413-4a34-a497-d2765967d094',
    applicationId: '55c92734-d682-4d71-983e-d6ec3f16059f',
    name: 'Windows(R), Client-ESU-Year1 add-on for Enterprise,Professional',
    description: 'Windows(R) Operating System, VOLUME_MAK channel',
    channel: 'VOLUME_MAK',
    productKeyChannel: 'Volume:MAK',
    licenseIsAddon: true,
    ...overrides,
  });

product('an ESU add-on listed first is never the primary Windows product (slmgr skips add-ons); unlicensed it is judged on its own', () => {
  const snapshot = buildSnapshot({
    windows: null,
    extraProducts: [
      ESU({ licenseStatus: 0, gracePeriodRemainingMinutes: 0 }),
      officeProduct({
        id: ENTERPRISE_SKU,
        applicationId: '55c92734-d682-4d71-983e-d6ec3f16059f',
        name: 'Windows(R), Enterprise edition',
        description: 'Windows(R) Operating System, VOLUME_KMSCLIENT channel',
      }),
    ],
  });
  assert.is(primaryWindowsProduct(snapshot)?.name, 'Windows(R), Enterprise edition');
  const { ids, findings } = run('esu', { snapshot: { extraProducts: [ESU({ licenseStatus: 0, gracePeriodRemainingMinutes: 0 })] } });
  assert.equal(ids, ['client/product-not-licensed']);
  assert.match(findings[0]!.message, 'add-on license Windows(R), Client-ESU-Year1 add-on');
});

product('without LicenseIsAddon (slmgr text), the licence name tells an add-on', () => {
  const snapshot = buildSnapshot({
    windows: null,
    extraProducts: [
      ESU({ licenseIsAddon: null }),
      officeProduct({ id: ENTERPRISE_SKU, applicationId: '55c92734-d682-4d71-983e-d6ec3f16059f', name: 'Windows(R), Enterprise edition' }),
    ],
  });
  assert.is(primaryWindowsProduct(snapshot)?.name, 'Windows(R), Enterprise edition');
});

product('renewals failing: 30 of 180 days left → client/renewal-overdue with the arithmetic and the last host', () => {
  const finding = soleFinding(
    'client/renewal-overdue',
    'warning',
    run('renewal-30', { snapshot: { windows: { gracePeriodRemainingMinutes: 30 * 1440, discoveredMachine: 'kms-old.corp.test', discoveredPort: 1688 } } }),
  );
  assert.match(finding.message, 'has 30 of 180 days of activation left: it last renewed about 150 days ago (180 days − 30 days left)');
  assert.match(finding.message, 'renews every 7 days — its renewals have been failing for about 143 days');
  assert.match(finding.message, 'the host it last used is kms-old.corp.test:1688');
  assert.ok(finding.remedy[0]!.includes('kmsdoctor connectivity --kms-host kms-old.corp.test:1688'));
});

product('renewal: 175 days left, or less than two intervals since the last renewal, is healthy; an Office KMS client is checked too', () => {
  assert.equal(run('renewal-175', { snapshot: { windows: { gracePeriodRemainingMinutes: 175 * 1440 } } }).ids, []);
  assert.equal(run('renewal-166', { snapshot: { windows: { gracePeriodRemainingMinutes: 166 * 1440 + 1 } } }).ids, []);
  const office = run('renewal-office', { snapshot: { extraProducts: [officeProduct({ gracePeriodRemainingMinutes: 90 * 1440 })] } });
  assert.equal(office.ids, ['client/renewal-overdue']);
  assert.match(office.findings[0]!.message, 'Office product');
  assert.match(office.findings[0]!.message, 'the host it last used is not in the input');
});

// ---------------------------------------------------------------------------------------------
const clock = suite('client rules: clock skew against the KMS host');

const CLIENT_CLOCK = '2025-03-01T12:00:00.000Z';
const shifted = (ms: number) => new Date(Date.parse(CLIENT_CLOCK) + ms).toISOString();
const HOUR = 3_600_000;

clock('client 5 h ahead of the host → client/clock-skew (error, 0xC004F06C)', () => {
  const { ids, findings } = run('skew-ahead', { snapshot: { clockUtc: CLIENT_CLOCK }, hostClockUtc: shifted(-5 * HOUR) });
  assert.equal(ids, ['client/clock-skew']);
  assert.is(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, '5.0 hours ahead of the KMS host');
  assert.match(findings[0]!.message, '0xC004F06C');
  assert.match(findings[0]!.evidence[0]!.summary, `client ${CLIENT_CLOCK}, host ${shifted(-5 * HOUR)}`);
});

clock('client 4 h 1 min behind the host → client/clock-skew', () => {
  const { ids, findings } = run('skew-behind', { snapshot: { clockUtc: CLIENT_CLOCK }, hostClockUtc: shifted(4 * HOUR + 60_000) });
  assert.equal(ids, ['client/clock-skew']);
  assert.match(findings[0]!.message, '4.0 hours behind the KMS host');
});

clock('exactly 4 h either way, or less: no finding', () => {
  for (const offset of [4 * HOUR, -4 * HOUR, 3 * HOUR, -59 * 60_000, 0]) {
    assert.equal(run(`skew-${offset}`, { snapshot: { clockUtc: CLIENT_CLOCK }, hostClockUtc: shifted(offset) }).ids, [], String(offset));
  }
});

clock('a clock unknown on either side: no finding', () => {
  assert.equal(run('skew-no-host', { snapshot: { clockUtc: CLIENT_CLOCK } }).ids, []);
  assert.equal(run('skew-host-null', { snapshot: { clockUtc: CLIENT_CLOCK }, hostClockUtc: null }).ids, []);
  assert.equal(run('skew-client-null', { snapshot: { clockUtc: null }, hostClockUtc: shifted(10 * HOUR) }).ids, []);
});

// ---------------------------------------------------------------------------------------------
const events = suite('events rules');

const T = (day: number, hour = 8, minute = 15) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:02.000Z`;

/** A renewal answered by kms1, then the last attempt, to kms2, refused for the clock (0xC004F06C). */
const KMS2_REFUSED_LAST = [
  request12288(T(1)),
  response12289(T(1, 8, 16)),
  request12288(T(2), { host: 'kms2.corp.test:1688' }),
  response12289(T(2, 8, 16), { hresult: '0xC004F06C', activated: false }),
];

events('last attempt failed with 0xC004F06C → events/last-attempt-failed, remedy names kmsdoctor explain 0xC004F06C', () => {
  const finding = soleFinding('events/last-attempt-failed', 'error', run('last-failed', { snapshot: { events: KMS2_REFUSED_LAST } }));
  assert.is(finding.target, 'kms2.corp.test');
  assert.match(finding.message, `(${T(2)}, host kms2.corp.test:1688) failed with 0xC004F06C`);
  assert.is(finding.remedy[0], 'Read what 0xC004F06C means and how to fix it: kmsdoctor explain 0xC004F06C');
  assert.equal(
    finding.evidence.map((evidence) => [evidence.kind, evidence.ref.split(' ').slice(0, 2).join(' ')]),
    [
      ['event', 'event 12288'],
      ['event', 'event 12289'],
    ],
  );
});

events('an earlier failure followed by a success: nothing about the last attempt', () => {
  const { ids } = run('failed-then-ok', {
    snapshot: { events: [request12288(T(1)), response12289(T(1, 8, 16), { hresult: '0xC004F06C', activated: false }), request12288(T(2)), response12289(T(2, 8, 16))] },
  });
  assert.equal(ids, []);
});

events('last 12288 without a 12289 → events/request-unanswered', () => {
  const { ids, findings } = run('unanswered', {
    snapshot: { events: [request12288(T(1)), response12289(T(1, 8, 16)), request12288(T(3), { host: 'kms-old.corp.test:1688', hresult: '0x8007274C' })] },
  });
  assert.equal(ids, ['events/request-unanswered']);
  const finding = findings[0]!;
  assert.is(finding.target, 'kms-old.corp.test');
  assert.match(finding.message, 'kms-old.corp.test:1688 got no answer: no 12289 followed the 12288 (result 0x8007274C)');
  assert.equal(evidenceKinds(finding), ['event']);
  assert.ok(finding.remedy[0]!.includes('kmsdoctor connectivity --kms-host kms-old.corp.test:1688'));
});

events('host count 10 of 25 → events/count-below-threshold (and the failed attempt 0xC004F038)', () => {
  const { ids, findings } = run('count-below', {
    snapshot: { events: [request12288(T(4), { minimumCount: 25 }), response12289(T(4, 8, 16), { hresult: '0xC004F038', activated: false, currentCount: 10 })] },
  });
  assert.equal(ids, ['events/last-attempt-failed', 'events/count-below-threshold']);
  const finding = only(findings, 'events/count-below-threshold', 'error');
  assert.match(finding.message, 'reported a count of 10; this client needs 25');
  assert.match(finding.message, '15 more distinct clients');
  assert.ok(finding.remedy.includes('More: kmsdoctor explain 0xC004F038'));
  assert.match(only(findings, 'events/last-attempt-failed').remedy[0]!, 'kmsdoctor explain 0xC004F038');
});

events('count at the threshold, or the threshold unknown: no count finding', () => {
  assert.equal(run('count-25', { snapshot: { events: [request12288(T(4)), response12289(T(4, 8, 16), { currentCount: 25 })] } }).ids, []);
  assert.equal(run('count-no-minimum', { snapshot: { events: [request12288(T(4), { minimumCount: null }), response12289(T(4, 8, 16), { currentCount: 3 })] } }).ids, []);
});

events('8198 failures, the newest with a known code and no success after → events/activation-failures-logged (error), its page first', () => {
  const finding = soleFinding(
    'events/activation-failures-logged',
    'error',
    run('8198', { snapshot: { events: [failure8198(T(5), '0xC004F074'), failure8198(T(6), '0x8007232B'), failure8198(T(7), '0xC004F074')] } }),
  );
  assert.match(
    finding.message,
    `3 activation failures logged (event 8198), the newest at ${T(7)} with 0xC004F074, 0x8007232B; no successful activation followed, so 0xC004F074 is where activation stands`,
  );
  assert.equal(finding.remedy, ['Read what 0xC004F074 means and how to fix it: kmsdoctor explain 0xC004F074', 'kmsdoctor explain 0x8007232B']);
  assert.equal(evidenceKinds(finding), ['event', 'event', 'event']);
});

for (const code of ['0xC004C003', '0xC004F042', '0xC004F06C', '0xC004F074', '0xC004F038', '0x8007232B', '0x8007251D', '0xC0020017']) {
  events(`the newest 8198 alone with ${code} is an error whose first remedy is that code's page`, () => {
    const { findings } = run(`8198-${code}`, { snapshot: { events: [failure8198(T(5), code)] } });
    const finding = only(findings, 'events/activation-failures-logged');
    assert.is(finding.severity, 'error');
    assert.is(finding.remedy[0], `Read what ${code} means and how to fix it: kmsdoctor explain ${code}`);
  });
}

events('the newest 8198 with a code kmsdoctor does not know stays a warning and says so', () => {
  const { findings } = run('8198-unknown', { snapshot: { events: [failure8198(T(5), '0x80041234')] } });
  const finding = only(findings, 'events/activation-failures-logged', 'warning');
  assert.match(finding.message, "0x80041234 is not in kmsdoctor's code catalog: slui.exe 0x2a 0x80041234");
});

events('8198 failures followed by an activated attempt → the same finding as info', () => {
  const { ids, findings } = run('8198-resolved', { snapshot: { events: [failure8198(T(5)), request12288(T(8)), response12289(T(8, 8, 16), { activated: true })] } });
  assert.equal(ids, ['events/activation-failures-logged']);
  assert.is(findings[0]!.severity, 'info');
  assert.match(findings[0]!.message, `the client activated after that (${T(8)})`);
});

events('8198 after the last success: the newest failure is current → error', () => {
  const { findings } = run('8198-after-success', { snapshot: { events: [request12288(T(4)), response12289(T(4, 8, 16)), failure8198(T(9), '0xC004C003')] } });
  const finding = only(findings, 'events/activation-failures-logged', 'error');
  assert.match(finding.message, 'so 0xC004C003 is where activation stands');
});

events("last 12288 unanswered with its own result code → request-unanswered names that code's page", () => {
  const { findings } = run('unanswered-code', { snapshot: { events: [request12288(T(3), { hresult: '0xC004F074' })] } });
  assert.ok(only(findings, 'events/request-unanswered').remedy.includes('Read what 0xC004F074 means and how to fix it: kmsdoctor explain 0xC004F074'));
});

events('the host refused with 0xC004F042 and a count of 0: last-attempt-failed only, no count finding', () => {
  const { ids } = run('f042-count-0', { snapshot: { events: [request12288(T(4)), response12289(T(4, 8, 16), { hresult: '0xC004F042', activated: false, currentCount: 0 })] } });
  assert.equal(ids, ['events/last-attempt-failed']);
});

events('answered, but neither result code readable → events/last-attempt-unreadable (error), the reason given', () => {
  const unreadable = (event: ReturnType<typeof request12288>) => ({ ...event, data: [], fields: null });
  const { ids, findings } = run('unreadable', { snapshot: { events: [unreadable(request12288(T(4))), unreadable(response12289(T(4, 8, 16)))] } });
  assert.equal(ids, ['events/last-attempt-unreadable']);
  assert.is(findings[0]!.severity, 'error');
  assert.match(findings[0]!.message, 'no event property values');
  const garbled = run('garbled', {
    snapshot: {
      events: [
        { ...request12288(T(4)), data: ['n/a'], fields: null },
        { ...response12289(T(4, 8, 16)), data: ['n/a'], fields: null },
      ],
    },
  });
  assert.match(only(garbled.findings, 'events/last-attempt-unreadable').message, 'documented shape');
});

events('mostly kms1, the last attempt to a host tried once that failed → events/unusual-host naming both', () => {
  const { ids, findings } = run('unusual-host', {
    snapshot: {
      events: [
        request12288(T(1)),
        response12289(T(1, 8, 16)),
        request12288(T(2)),
        response12289(T(2, 8, 16)),
        request12288(T(3)),
        response12289(T(3, 8, 16)),
        request12288(T(4), { host: 'kms-test.corp.test:1688' }),
        response12289(T(4, 8, 16), { hresult: '0xC004F042', activated: false, currentCount: 0 }),
      ],
    },
  });
  assert.equal(ids, ['events/last-attempt-failed', 'events/unusual-host']);
  const finding = only(findings, 'events/unusual-host', 'warning');
  assert.is(finding.target, 'kms-test.corp.test');
  assert.match(
    finding.message,
    `The last activation attempt (${T(4)}) went to kms-test.corp.test:1688, a host this client tried only once, and failed with 0xC004F042; 3 of its 4 requests went to kms1.corp.test:1688`,
  );
  assert.equal(
    finding.evidence.map((evidence) => evidence.summary.split(':')[0]),
    ['12288 at 2025-03-04T08', '12289 at 2025-03-04T08', '12288 at 2025-03-03T08'],
  );
});

events('an odd host that answered in the middle, or hosts used evenly: no unusual-host finding', () => {
  const middle = run('odd-ok-middle', {
    snapshot: {
      events: [
        request12288(T(1)),
        response12289(T(1, 8, 16)),
        request12288(T(2), { host: 'kms2.corp.test:1688' }),
        response12289(T(2, 8, 16)),
        request12288(T(3)),
        response12289(T(3, 8, 16)),
      ],
    },
  });
  assert.equal(middle.ids, []);
  const even = run('even-hosts', { snapshot: { events: KMS2_REFUSED_LAST } });
  assert.equal(even.ids, ['events/last-attempt-failed']);
});

events('an odd host that did not answer, not the last: called out too', () => {
  const { findings } = run('odd-unanswered', {
    snapshot: {
      events: [
        request12288(T(1)),
        response12289(T(1, 8, 16)),
        request12288(T(2), { host: 'kms-old.corp.test:1688', hresult: '0x8007274C' }),
        request12288(T(3)),
        response12289(T(3, 8, 16)),
      ],
    },
  });
  assert.match(
    only(findings, 'events/unusual-host').message,
    'An activation attempt (2025-03-02T08:15:02.000Z) went to kms-old.corp.test:1688, a host this client tried only once, and got no answer (0x8007274C); 2 of its 3 requests went to kms1.corp.test:1688',
  );
});

events('no events: no events finding', () => {
  assert.equal(run('no-events', { snapshot: { events: [] } }).ids, []);
});

// ---------------------------------------------------------------------------------------------
const invariants = suite('client rules: invariants of every finding above');

invariants('every snapshot built above is schema-valid', () => {
  for (const { name, run: r } of evaluated) assert.equal(snapshotSchemaErrors(r.client.snapshot), [], name);
});

invariants('every finding has evidence, a remedy, docs; probe evidence points at a probe of the facts', () => {
  let checked = 0;
  for (const { name, run: r } of evaluated) {
    const ids = r.connectivity ? probeIds(r.connectivity) : new Set<string>();
    for (const finding of r.findings) {
      checked++;
      assert.ok(finding.evidence.length > 0, `${name}: ${finding.ruleId} has evidence`);
      assert.ok(finding.remedy.length > 0 && finding.remedy.every((step) => step.trim() !== ''), `${name}: ${finding.ruleId} has a remedy`);
      assert.is(finding.docs, `kmsdoctor explain ${finding.ruleId}`);
      assert.ok(finding.message.length > 20, `${name}: ${finding.ruleId} says something specific`);
      for (const evidence of finding.evidence) {
        assert.ok(evidence.summary.trim() !== '', `${name}: ${finding.ruleId} evidence summary`);
        if (evidence.kind === 'probe') assert.ok(ids.has(evidence.ref), `${name}: ${finding.ruleId} evidence ${evidence.ref} is a probe of the facts`);
      }
    }
  }
  assert.ok(checked > 40, `${checked} findings checked`);
});

invariants('every client/* and events/* rule was produced at least once in this file', () => {
  const produced = new Set(evaluated.flatMap(({ run: r }) => r.ids));
  const missing = RULE_IDS.filter((id) => (id.startsWith('client/') || id.startsWith('events/')) && !produced.has(id));
  assert.equal(missing, []);
});

config.run();
product.run();
clock.run();
events.run();
invariants.run();
