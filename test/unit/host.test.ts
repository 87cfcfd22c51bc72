import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { parseDlv } from '../../src/dlv/parse-dlv.js';
import { parseEventFields } from '../../src/events/fields.js';
import { epidsFromDlvText, hostHealth, thresholdStatus } from '../../src/host/health.js';
import type { HostFacts } from '../../src/host/host-facts.js';
import { keyCoverage, keyFromDescription, resolveTarget, targetCovered } from '../../src/host/key-coverage.js';
import { analyzeKmsLog, KmsLogAnalyzer, MAX_NAMES_PER_CMID, parseClientTime, productNameOf } from '../../src/host/kms-log.js';
import { buildHostFacts } from '../../src/host/load-host.js';
import { requiredUpdates } from '../../src/host/required-updates.js';
import { splitCount } from '../../src/host/split-count.js';
import { CSVLKS } from '../../src/kms/epid.js';
import { editionMatches, PLANNING_MATRIX } from '../../src/kms/planning-matrix.js';
import { evaluate } from '../../src/rules/index.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { KmsEvent, Snapshot } from '../../src/snapshot/model.js';
import { buildSnapshot, officeProduct } from '../helpers/snapshot-builder.js';

const sample = (path: string) => fileURLToPath(new URL(`../../samples/${path}`, import.meta.url));
const WIN11_ENT = '73111121-5638-40f6-bc11-f1d7b0d64300';

/** A 12290 as wevtutil gives it: ten Data elements, the first empty. */
function e12290(
  time: string,
  hresult: string,
  min: number,
  name: string,
  cmid: string,
  opts: { clientTime?: string; actId?: string; computer?: string; vm?: boolean; state?: number } = {},
): KmsEvent {
  const data = ['', hresult, String(min), name, cmid, opts.clientTime ?? '2025/3/12 10:00', opts.vm ? '1' : '0', String(opts.state ?? 1), '259199', opts.actId ?? WIN11_ENT];
  return {
    id: 12290,
    timeCreated: time,
    recordId: null,
    provider: 'Microsoft-Windows-Security-SPP',
    log: 'Key Management Service',
    computer: opts.computer ?? 'kms01.contoso.com',
    data,
    fields: parseEventFields(12290, data),
  };
}

function hostSnapshot(
  overrides: {
    count?: number;
    status?: number;
    failed?: number;
    total?: number;
    description?: string;
    office?: number | null;
    dnsPublishing?: boolean;
    port?: number;
    publishList?: string[];
  } = {},
) {
  return buildSnapshot({
    computer: { name: 'KMS01', domain: 'contoso.com' },
    service: {
      isKmsHost: true,
      currentCount: overrides.count ?? 42,
      listeningPort: overrides.port ?? 0,
      dnsPublishing: overrides.dnsPublishing ?? true,
      lowPriority: false,
      requests: {
        total: overrides.total ?? 1000,
        failed: overrides.failed ?? 10,
        unlicensed: 0,
        licensed: 900,
        initialGrace: 90,
        expiredOrOutOfTolerance: 0,
        nonGenuineGrace: 0,
        notification: 0,
      },
    },
    windows: {
      id: 'b3ca044e-a358-4d68-9883-aaa2941aca99',
      name: 'Windows(R), ServerDatacenter edition',
      description: overrides.description ?? 'Windows(R) Operating System, VOLUME_KMS_WS22 channel',
      channel: 'VOLUME_KMS',
      productKeyChannel: 'Volume:CSVLK',
      licenseStatus: overrides.status ?? 1,
      isKmsHost: true,
      currentCount: overrides.count ?? 42,
    },
    extraProducts:
      overrides.office === null
        ? []
        : [
            officeProduct({
              id: '98ebfe73-2084-4c97-932c-c0cd1643bea7',
              name: 'Office 16, OfficeKMSHostVL_KMS_Host edition',
              description: 'Office 16, VOLUME_KMS channel',
              channel: 'VOLUME_KMS',
              productKeyChannel: 'Volume:CSVLK',
              licenseStatus: 1,
              isKmsHost: true,
              currentCount: overrides.office ?? 7,
            }),
          ],
  });
}

const health = suite('host/health');

health('thresholds 25/5/5 with caps 50/50/10; −1 is a count of 0', () => {
  assert.equal(thresholdStatus('windows-client', 24), { family: 'windows-client', threshold: 25, cap: 50, count: 24, met: false, missing: 1 });
  assert.equal(thresholdStatus('windows-server', 5), { family: 'windows-server', threshold: 5, cap: 50, count: 5, met: true, missing: 0 });
  assert.equal(thresholdStatus('office', 4), { family: 'office', threshold: 5, cap: 10, count: 4, met: false, missing: 1 });
  assert.is(thresholdStatus('windows-client', -1).count, 0);
  assert.is(thresholdStatus('windows-client', null).met, null);
});

health('a host snapshot: licensed, counts per threshold, port 0 = 1688, publishing, failed share', () => {
  const h = hostHealth(hostSnapshot({ count: 12, dnsPublishing: false }));
  assert.is(h.isKmsHost, true);
  assert.is(h.licensed, true);
  assert.equal(
    h.products.map((p) => [p.application, p.currentCount, p.thresholds.map((t) => t.met)]),
    [
      ['windows', 12, [false, true]],
      ['office', 7, [true]],
    ],
  );
  assert.is(h.listeningPort, 1688);
  assert.is(h.dnsPublishing, false);
  assert.is(h.requests!.failedShare, 0.01);
});

health('an unlicensed host key makes the host not licensed', () => {
  assert.is(hostHealth(hostSnapshot({ status: 0 })).licensed, false);
});

health('host /dlv text: ePIDs by Activation ID', () => {
  const epids = epidsFromDlvText(readFileSync(sample('dlv/host-en.txt'), 'utf8'));
  assert.equal(epids, {
    '8a7a3dbd-d1d3-4a21-9f6f-1c4a2b3e5d71': '06401-00206-551-093471-03-1033-20348.0000-0092025',
    '98ebfe73-2084-4c97-932c-c0cd1643bea7': '05426-00206-422-118263-03-1033-20348.0000-0092025',
  });
});

health.run();

const log = suite('host/kms-log');

log('client time and product names', () => {
  assert.is(parseClientTime('2025/3/12 14:41'), Date.UTC(2025, 2, 12, 14, 41));
  assert.is(parseClientTime('not a time'), null);
  assert.is(productNameOf(WIN11_ENT), 'Windows 11 Enterprise');
  assert.is(productNameOf('7DC26449-DB21-4E09-BA37-28F2958506A6'), '7dc26449-db21-4e09-ba37-28f2958506a6');
});

log('window of 30 days before the newest event, buckets, duplicates, failures, skew', () => {
  const a = new KmsLogAnalyzer();
  const cmid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  a.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, 'ws1.contoso.com', cmid(1)));
  a.add(e12290('2025-03-12T09:00:00Z', '0x0', 25, 'ws2.contoso.com', cmid(1)));
  a.add(e12290('2025-03-11T09:00:00Z', '0x0', 5, 'srv1.contoso.com', cmid(2)));
  a.add(e12290('2025-03-10T09:00:00Z', '0xC004F042', 5, 'srv2.contoso.com', cmid(3), { actId: '7dc26449-db21-4e09-ba37-28f2958506a6' }));
  a.add(e12290('2025-03-10T10:00:00Z', '0xC004F06C', 25, 'ws3.contoso.com', cmid(4), { clientTime: '2025/3/10 15:00' }));
  a.add(e12290('2025-01-01T00:00:00Z', '0x0', 25, 'old.contoso.com', cmid(5))); // outside the window
  a.add({ id: 12288, timeCreated: '2025-03-12T10:00:00Z', recordId: null, provider: null, log: null, computer: null, data: [], fields: null });
  const r = a.result();
  assert.is(r.host, 'kms01.contoso.com');
  assert.is(r.hostRequests, 6);
  assert.is(r.otherEvents, 1);
  assert.is(r.newest, '2025-03-12T10:00:00.000Z');
  assert.is(r.window.distinctClients, 4);
  assert.equal(r.window.byMinimumCount, { '25': 2, '5': 2, unknown: 0 });
  assert.is(r.distinctClientsAllTime, 5);
  assert.equal(
    r.duplicateCmids.map((d) => [d.cmid, d.clientNames]),
    [[cmid(1), ['ws1.contoso.com', 'ws2.contoso.com']]],
  );
  assert.is(r.failedRequests, 2);
  assert.equal(
    r.notServed.map((f) => [f.hresult, f.product, f.count, f.clients]),
    [['0xC004F042', '7dc26449-db21-4e09-ba37-28f2958506a6', 1, ['srv2.contoso.com']]],
  );
  assert.equal(r.clockSkew, { requests: 1, clients: [{ client: 'ws3.contoso.com', skewMinutes: 300, time: '2025-03-10T10:00:00Z' }] });
  assert.equal(r.failureTrend, { lastWeek: 2, previousWeek: 0, lastWeekRequests: 5, previousWeekRequests: 0 });
  assert.is(a.recentCmids().size, 4);
});

log('names per CMID are capped', () => {
  const a = new KmsLogAnalyzer();
  for (let i = 0; i < 20; i++) a.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, `clone${i}.contoso.com`, '11111111-2222-4333-8444-555555555555'));
  const [dup] = a.result().duplicateCmids;
  assert.is(dup!.clientNames.length, MAX_NAMES_PER_CMID);
  assert.is(dup!.moreNames, true);
});

log('samples/events/host-12290-wevtutil.xml, streamed', async () => {
  const { analysis } = await analyzeKmsLog(sample('events/host-12290-wevtutil.xml'));
  assert.is(analysis.format, 'xml');
  assert.is(analysis.hostRequests, 6);
  assert.is(analysis.host, 'kms01.contoso.com');
  assert.is(analysis.window.distinctClients, 5);
  assert.equal(analysis.window.byMinimumCount, { '25': 3, '5': 2, unknown: 0 });
  assert.equal(
    analysis.duplicateCmids.map((d) => [d.cmid, d.clientNames]),
    [['5f0c2b8e-7d41-4a93-b6e2-1c9a0f3d8e57', ['ws0217.contoso.com', 'ws0218.contoso.com']]],
  );
  assert.equal(
    analysis.notServed.map((f) => [f.hresult, f.clients]),
    [['0xC004F042', ['srv-app07.contoso.com']]],
  );
  assert.equal(
    analysis.clockSkew.clients.map((c) => [c.client, c.skewMinutes]),
    [['ws0388.contoso.com', 277]],
  );
  assert.is(analysis.failedRequests, 2);
});

log.run();

const split = suite('host/split-count');

split('no host reaches 25 although 41 distinct clients tried', () => {
  const cmids = (from: number, to: number) => new Map(Array.from({ length: to - from }, (_, i) => [`c${from + i}`, 25] as const));
  const r = splitCount([
    { host: 'kms01', reportedCount: null, recentCmids: cmids(0, 20) },
    { host: 'kms02', reportedCount: null, recentCmids: cmids(15, 36) },
    { host: 'kms03', reportedCount: 6, recentCmids: cmids(36, 41) },
  ]);
  assert.equal(
    r.hosts.map((h) => [h.host, h.count, h.source]),
    [
      ['kms01', 20, 'log'],
      ['kms02', 21, 'log'],
      ['kms03', 6, 'reported'],
    ],
  );
  assert.is(r.combinedDistinctClients, 41);
  assert.is(r.combinedClientOs, 41);
  assert.is(r.split, true);
  assert.match(render(r.summary), 'no host reaches 25 although 41 distinct clients tried');
});

split('counts only: the sum is an upper bound; one host reaching 25 is no split', () => {
  const r = splitCount([
    { host: 'a', reportedCount: 14, recentCmids: undefined },
    { host: 'b', reportedCount: 13 },
  ]);
  assert.is(r.combinedDistinctClients, null);
  assert.is(r.sumOfCounts, 27);
  assert.is(r.split, true);
  assert.match(render(r.summary), 'upper bound');
  assert.is(
    splitCount([
      { host: 'a', reportedCount: 30 },
      { host: 'b', reportedCount: 3 },
    ]).split,
    false,
  );
  assert.is(
    splitCount([
      { host: 'a', reportedCount: 10 },
      { host: 'b', reportedCount: 3 },
    ]).split,
    false,
  );
});

split.run();

const WINDOWS_APP = '55c92734-d682-4d71-983e-d6ec3f16059f';
/** A Windows host key product whose description ends in VOLUME_KMS_<suffix>, as CIM lists it. */
const keyOf = (suffix: string, over: { name?: string; id?: string; epid?: string } = {}) => ({
  id: 'b3ca044e-a358-4d68-9883-aaa2941aca99',
  name: 'Windows(R), ServerStandard edition',
  description: `Windows(R) Operating System, VOLUME_KMS_${suffix} channel`,
  applicationId: WINDOWS_APP,
  ...over,
});

const keys = suite('host/key-coverage');

keys('description suffixes', () => {
  assert.is(keyFromDescription('Windows(R) Operating System, VOLUME_KMS_WS22 channel'), 'Windows Server 2022');
  assert.is(keyFromDescription('Windows(R) Operating System, VOLUME_KMS_WS12R2 channel'), 'Windows Server 2012 R2');
  assert.is(keyFromDescription('Windows(R) Operating System, VOLUME_KMS_W10 channel'), 'Windows 10 2015 CSVLK');
  assert.is(keyFromDescription('Office 16, VOLUME_KMS channel'), null);
});

keys('a WS2022 key: covers Windows 11 Enterprise and Server 2022, not Server 2025 or Office', () => {
  const input = keyOf('WS22', { name: 'Windows(R), ServerDatacenter edition' });
  const c = keyCoverage(input, 'Windows 11 Enterprise');
  assert.is(c.key, 'Windows Server 2022');
  assert.is(c.keySource, 'description');
  assert.equal(c.target, { product: 'Windows 11 Enterprise', covered: true, listed: true, protocol: true });
  assert.ok(c.products.includes('Windows Server 2022 Standard'));
  assert.not.ok(c.products.includes('Windows Server 2025 Standard'));
  assert.not.ok(c.products.includes('Office 2019'));
  assert.equal(keyCoverage(input, 'Windows Server 2025 Datacenter').target, { product: 'Windows Server 2025 Datacenter', covered: false, listed: false, protocol: false });
});

keys('the ePID wins over the description (and is ignored when it names a key of another application)', () => {
  const c = keyCoverage(keyOf('WS22', { id: 'x', epid: '06401-00206-551-093471-03-1033-20348.0000-0092025' }), 'Windows Server 2022 Standard');
  assert.is(c.key, 'Windows Server 2019');
  assert.is(c.keySource, 'epid');
  assert.is(c.target!.covered, false);
  assert.ok(c.notes.some((n) => render(n).includes('the description says Windows Server 2022')));
  const office = keyCoverage(
    {
      id: '98ebfe73-2084-4c97-932c-c0cd1643bea7',
      name: 'Office 16, OfficeKMSHostVL_KMS_Host edition',
      description: 'Office 16, VOLUME_KMS channel',
      applicationId: '0ff1ce15-a989-479d-af46-f275c6370663',
      epid: '05426-00206-422-118263-03-1033-20348.0000-0092025',
    },
    'Office 2016',
  );
  assert.is(office.key, 'Office 2016');
  assert.is(office.keySource, 'activation-id');
  assert.is(office.target!.covered, true);
});

keys('several keys: any covering wins; an unknown key gives no verdict', () => {
  const mk = (covered: boolean | null) => ({
    hostProduct: 'p',
    key: null,
    keySource: null,
    activates: null,
    activatesReason: null,
    products: [],
    matrix: null,
    protocolOnly: [],
    target: { product: 't', covered, listed: null, protocol: covered },
    notes: [],
  });
  assert.is(targetCovered([mk(false), mk(true)]), true);
  assert.is(targetCovered([mk(false), mk(false)]), false);
  assert.is(targetCovered([mk(false), mk(null)]), null);
});

keys.run();

const rules = suite('host rules');

function facts(host: HostFacts) {
  return evaluate({ host });
}

/** The description of a Windows Server 2019 host key, as CIM lists it. */
const WS19_KEY = 'Windows(R) Operating System, VOLUME_KMS_WS19 channel';

/** The findings about kms01 alone, its snapshot `hostSnapshot(overrides)`, for clients of `targetOs`. */
function kms01Findings(overrides: Parameters<typeof hostSnapshot>[0], targetOs: string | null) {
  return facts(buildHostFacts([{ path: 'kms01.json', snapshot: hostSnapshot(overrides) }], [], targetOs)!);
}

rules('a healthy host with a clean log: no host findings', () => {
  const analyzer = new KmsLogAnalyzer();
  for (let i = 0; i < 30; i++) analyzer.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, `ws${i}.contoso.com`, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
  const host = buildHostFacts([{ path: 'kms01.json', snapshot: hostSnapshot() }], [{ path: 'kms01.xml', analysis: analyzer.result(), analyzer }], null)!;
  assert.is(host.hosts.length, 1, 'the snapshot and the log are one host');
  assert.equal(
    facts(host).map((f) => f.ruleId),
    [],
  );
});

rules('not licensed, count below 25 (warning without client editions asking), failed share ≥ 5 %', () => {
  const host = buildHostFacts(
    [
      { path: 'kms01.json', snapshot: hostSnapshot({ status: 0 }) },
      {
        path: 'kms02.json',
        snapshot: {
          ...hostSnapshot({ count: 12, failed: 80, total: 1000 }),
          computer: { name: 'KMS02', domain: 'contoso.com', partOfDomain: true, osCaption: null, osVersion: null },
        },
      },
    ],
    [],
    null,
  )!;
  const found = facts(host);
  const ids = found.map((f) => `${f.ruleId}:${f.severity}:${f.target ?? ''}`);
  assert.ok(ids.includes('host/not-licensed:error:kms01.contoso.com'), ids.join(', '));
  assert.ok(ids.includes('host/count-below-threshold:warning:kms02.contoso.com'), ids.join(', '));
  assert.ok(ids.includes('host/failed-requests-rising:warning:kms02.contoso.com'), ids.join(', '));
  assert.not.ok(
    ids.some((id) => id.startsWith('host/count-split')),
    'kms01 has 42: no split',
  );
  for (const f of found) {
    assert.ok(f.evidence.length > 0, `${f.ruleId} has evidence`);
    assert.ok(f.remedy.length > 0, `${f.ruleId} has a remedy`);
  }
});

rules('duplicate CMID → sysprep remedy with slmgr /rearm workaround; 0xC004F042 → product not covered; 0xC004F06C → clock skew', async () => {
  const { analysis, analyzer } = await analyzeKmsLog(sample('events/host-12290-wevtutil.xml'));
  const host = buildHostFacts([], [{ path: 'x.xml', analysis, analyzer }], null)!;
  const found = facts(host);
  // ws0142 (needing 25) was answered 0x0 while Licensed: the count met 25, whatever the five CMIDs of this export say.
  assert.equal(found.map((f) => f.ruleId).sort(), ['host/client-clock-skew', 'host/duplicate-cmid', 'host/product-not-covered']);
  const dup = found.find((f) => f.ruleId === 'host/duplicate-cmid')!;
  assert.match(dup.remedy[0]!, 'sysprep /generalize');
  assert.match(dup.remedy[1]!, 'slmgr.vbs /rearm');
  assert.match(found.find((f) => f.ruleId === 'host/client-clock-skew')!.message, 'ws0388.contoso.com (+4.6 h)');
});

rules('count split over two logs; target product not covered', () => {
  const mk = (from: number, to: number, computer: string) => {
    const analyzer = new KmsLogAnalyzer();
    for (let i = from; i < to; i++)
      analyzer.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, `ws${i}.contoso.com`, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, { computer }));
    return { path: `${computer}.xml`, analysis: analyzer.result(), analyzer };
  };
  const host = buildHostFacts([], [mk(0, 20, 'kms01.contoso.com'), mk(20, 41, 'kms02.contoso.com')], null)!;
  const split = facts(host).find((f) => f.ruleId === 'host/count-split');
  assert.ok(split);
  assert.match(split!.message, 'no host reaches 25 although 41 distinct clients tried');
  const target = buildHostFacts([{ path: 'kms01.json', snapshot: hostSnapshot() }], [], 'Windows Server 2025 Standard')!;
  const notCovered = facts(target).find((f) => f.ruleId === 'host/product-not-covered');
  assert.ok(notCovered);
  assert.match(notCovered!.message, 'cannot activate Windows Server 2025 Standard');
});

/** A host's /dlv text as `analyze` reads it: parsed into a snapshot, its ePIDs kept. */
function dlvHost(path: string) {
  const text = readFileSync(sample(path), 'utf8');
  return { path: sample(path), snapshot: parseDlv(text).snapshot, epids: epidsFromDlvText(text) };
}

rules('/cdns on a non-default port: one finding says both, with the manual SRV lines on that port', () => {
  const host = buildHostFacts([dlvHost('dlv/host-en-cdns-new.txt')], [], null)!;
  const found = facts(host);
  const dns = found.find((f) => f.ruleId === 'host/dns-publishing-disabled');
  assert.ok(dns, found.map((f) => f.ruleId).join(', '));
  assert.is(dns!.severity, 'error');
  assert.match(dns!.message, 'clients that rely on DNS auto-discovery will not find it');
  assert.match(dns!.message, 'listens on port 1690, not the default 1688');
  assert.ok(
    dns!.remedy.some((r) => r.includes('slmgr.vbs /sdns')),
    dns!.remedy.join(' | '),
  );
  assert.ok(
    dns!.remedy.some((r) => r.includes('Add-DnsServerResourceRecord -Srv -ZoneName <your-domain> -Name _vlmcs._tcp -DomainName <kms-host-fqdn> -Priority 0 -Weight 0 -Port 1690')),
    dns!.remedy.join(' | '),
  );
  assert.ok(
    dns!.remedy.some((r) => r.includes('_vlmcs._tcp IN SRV 0 0 1690 <kms-host-fqdn>.')),
    dns!.remedy.join(' | '),
  );
});

rules('/cdns on a named host: the manual lines name it, its domain and each DnsDomainPublishList line', () => {
  const snapshot = {
    ...hostSnapshot({ dnsPublishing: false, office: null }),
    registry: {
      keyManagementServiceName: null,
      keyManagementServicePort: null,
      keyManagementServiceListeningPort: null,
      keyManagementServiceVersion: null,
      disableDnsPublishing: 1,
      dnsDomainPublishList: ['emea.contoso.com, 10, 50', 'bad domain!, x'],
      enableKmsLowPriority: null,
      vlActivationInterval: null,
      vlRenewalInterval: null,
      skipRearm: null,
    },
  };
  const host = buildHostFacts([{ path: 'kms01.json', snapshot }], [], null)!;
  const dns = facts(host).find((f) => f.ruleId === 'host/dns-publishing-disabled')!;
  assert.not.match(dns.message, 'not the default', 'port 0 is 1688');
  assert.ok(
    dns.remedy.some((r) => r.includes('-ZoneName contoso.com -Name _vlmcs._tcp -DomainName kms01.contoso.com -Priority 0 -Weight 0 -Port 1688')),
    dns.remedy.join(' | '),
  );
  assert.ok(
    dns.remedy.some((r) => r.includes('-ZoneName emea.contoso.com -Name _vlmcs._tcp -DomainName kms01.contoso.com -Priority 10 -Weight 50 -Port 1688')),
    dns.remedy.join(' | '),
  );
  assert.equal(host.hosts[0]!.dns.unreadable, ['bad domain!, x']);
  assert.ok(
    dns.evidence.some((e) => e.summary.includes('"bad domain!, x" is not "domain[, priority, weight]"')),
    'the unreadable line is said, not silently dropped',
  );
  assert.not.ok(
    kms01Findings({}, null).some((f) => f.ruleId === 'host/dns-publishing-disabled'),
    'publishing on: no finding',
  );
});

rules('count 3: servers 2 more and client editions 22 more, both said, as an error', () => {
  const host = buildHostFacts([dlvHost('dlv/host-en-cdns-new.txt')], [], null)!;
  const count = facts(host).filter((f) => f.ruleId === 'host/count-below-threshold');
  assert.is(count.length, 1, 'one finding per host product');
  assert.is(count[0]!.severity, 'error');
  assert.match(count[0]!.message, 'Windows Server: 2 more distinct clients (threshold 5)');
  assert.match(count[0]!.message, 'Windows client editions: 22 more distinct clients (threshold 25)');
  const office = kms01Findings({ office: 3 }, null).find((f) => f.ruleId === 'host/count-below-threshold')!;
  assert.match(office.message, 'Office: 2 more distinct clients (threshold 5)');
});

const cmidOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A log of `n` distinct clients needing `min`, in license state `state`, spread back `days` days from 2025-03-12. */
function windowLog(n: number, min: number, state: number, days: number, opts: { vm?: (i: number) => boolean } = {}) {
  const analyzer = new KmsLogAnalyzer();
  const newest = Date.UTC(2025, 2, 12, 12);
  for (let i = 0; i < n; i++) {
    const at = new Date(newest - Math.round((days * 86_400_000 * i) / Math.max(1, n - 1))).toISOString();
    analyzer.add(e12290(at, '0x0', min, `ws${i}.contoso.com`, cmidOf(i), { state, vm: opts.vm?.(i) ?? false }));
  }
  return { path: 'kms01.xml', analysis: analyzer.result(), analyzer };
}

rules('12290 window: answered 0x0 while Licensed to clients needing 25 → never "count below", whatever the distinct CMIDs', () => {
  const log = windowLog(10, 25, 1, 20);
  assert.is(log.analysis.window.licensedAnswered['25'], 10);
  assert.not.ok(facts(buildHostFacts([], [log], null)!).some((f) => f.ruleId === 'host/count-below-threshold'));
});

rules('12290 window shorter than 30 days, clients in grace: "at least N … in this window", both groups named, a warning', () => {
  const log = windowLog(4, 25, 2, 3);
  assert.is(log.analysis.window.coversWholeWindow, false);
  const found = facts(buildHostFacts([], [log], null)!).find((f) => f.ruleId === 'host/count-below-threshold')!;
  assert.is(found.severity, 'warning');
  assert.match(found.message, `at least 4 distinct clients in this window (from ${log.analysis.window.from} to ${log.analysis.window.to})`);
  assert.match(found.message, 'Windows Server and Office (threshold 5) and Windows client editions (threshold 25)');
  assert.match(found.message, 'servers and Office 1 more, client editions 21 more');
});

rules('12290 window spanning the whole 30 days with 7 clients in grace: an error for client editions only', () => {
  const log = windowLog(7, 25, 2, 31);
  assert.is(log.analysis.window.coversWholeWindow, true);
  const found = facts(buildHostFacts([], [log], null)!).find((f) => f.ruleId === 'host/count-below-threshold')!;
  assert.is(found.severity, 'error');
  assert.match(found.message, 'Windows client editions (threshold 25) are not activated');
  assert.not.match(found.message, 'Windows Server');
});

rules('host /dlv text with its 12290 export: one host, the count from /dlv wins over the log window', async () => {
  const { analysis, analyzer } = await analyzeKmsLog(sample('events/host-12290-wevtutil.xml'));
  const host = buildHostFacts([dlvHost('dlv/host-en.txt')], [{ path: 'kms01.xml', analysis, analyzer }], null)!;
  assert.is(host.hosts.length, 1, 'the nameless /dlv text and the one log are the same host');
  assert.is(host.hosts[0]!.name, 'kms01.contoso.com');
  assert.equal([host.hosts[0]!.dns.fqdn, host.hosts[0]!.dns.domains.map((d) => d.domain)], ['kms01.contoso.com', ['contoso.com']], 'named by its log');
  assert.is(host.split, null);
  assert.not.ok(facts(host).some((f) => f.ruleId === 'host/count-below-threshold' || f.ruleId === 'host/count-split'));
});

rules('VM flag and Notification-state clients are surfaced', () => {
  const a = new KmsLogAnalyzer();
  a.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, 'vm1.contoso.com', cmidOf(1), { vm: true }));
  a.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, 'pc2.contoso.com', cmidOf(2), { state: 5 }));
  a.add(e12290('2025-03-12T10:00:00Z', '0x0', 25, 'pc3.contoso.com', cmidOf(3), { state: 2 }));
  const w = a.result().window;
  assert.equal(w.vmClients, { count: 1, clients: ['vm1.contoso.com'] });
  assert.equal(w.notificationClients, { count: 1, clients: ['pc2.contoso.com'] });
  assert.equal(w.licensedAnswered, { '25': 1, '5': 0 });
});

rules('the planning matrix: one row per documented CSVLK, each naming a known key; editions match as the page means them', () => {
  assert.equal(
    PLANNING_MATRIX.map((row) => row.csvlk),
    ['Windows Server 2025', 'Windows Server 2022', 'Windows Server 2019', 'Windows Server 2016', 'Windows 10 2015 CSVLK'],
  );
  for (const row of PLANNING_MATRIX)
    assert.ok(
      CSVLKS.some((k) => k.name === row.csvlk),
      row.csvlk,
    );
  assert.ok(editionMatches({ name: 'Windows Server 2012', allEditions: true }, 'Windows Server 2012 Datacenter'));
  assert.not.ok(editionMatches({ name: 'Windows Server 2012', allEditions: true }, 'Windows Server 2012 R2 Standard'));
  assert.ok(editionMatches({ name: 'Windows 10 Enterprise LTSC', anyYear: true }, 'Windows 10 Enterprise LTSC 2019'));
  assert.not.ok(editionMatches({ name: 'Windows 11 Enterprise' }, 'Windows 11 Enterprise LTSC 2024'));
});

rules('2019 key: Windows 11 is not in the matrix but the protocol activates it (a warning); Windows 10 is listed; an alias typed is kept', () => {
  assert.equal(resolveTarget('windows 10 enterprise'), { ok: true, name: 'Windows 10 Enterprise' });
  assert.equal(keyCoverage(keyOf('WS19'), 'Windows 11 Enterprise').target, { product: 'Windows 11 Enterprise', covered: true, listed: false, protocol: true });
  assert.equal(keyCoverage(keyOf('WS19'), 'Windows 10 Enterprise').target, { product: 'Windows 10 Enterprise', covered: true, listed: true, protocol: true });
  const c = keyCoverage(keyOf('WS19'));
  assert.is(c.matrix, 'Volume License for Windows Server 2019');
  assert.ok(c.products.includes('Windows 10 Enterprise') && !c.products.includes('Windows 11 Enterprise'));
  assert.ok(c.protocolOnly.includes('Windows 11 Enterprise'));
  const win11 = kms01Findings({ description: WS19_KEY, office: null }, 'Windows 11 Enterprise');
  const warning = win11.find((f) => f.ruleId === 'host/product-not-in-matrix');
  assert.ok(warning, win11.map((f) => f.ruleId).join(', '));
  assert.is(warning!.severity, 'warning');
  assert.match(warning!.message, 'does not list Windows 11 Enterprise for the Windows Server 2019 key, although the KMS protocol would still activate it');
  assert.not.ok(
    win11.some((f) => f.ruleId === 'host/product-not-covered'),
    'never an error',
  );
  const win10 = kms01Findings({ description: WS19_KEY, office: null }, 'Windows 10 Enterprise');
  assert.equal(
    win10.map((f) => f.ruleId),
    [],
  );
});

rules('Windows 11 Enterprise LTSC 2024: only the 2025 key; the 2022 key truly refuses it (0xC004F042)', () => {
  assert.equal(keyCoverage(keyOf('WS25'), 'Windows 11 Enterprise LTSC 2024').target, { product: 'Windows 11 Enterprise LTSC 2024', covered: true, listed: true, protocol: true });
  assert.equal(keyCoverage(keyOf('WS22'), 'Windows 11 Enterprise LTSC 2024').target, {
    product: 'Windows 11 Enterprise LTSC 2024',
    covered: false,
    listed: false,
    protocol: false,
  });
  const refused = kms01Findings({ office: null }, 'Windows 11 Enterprise LTSC 2024').find((f) => f.ruleId === 'host/product-not-covered')!;
  assert.match(refused.message, 'so those clients get 0xC004F042');
});

rules('the matrix and the KMS groups disagree (LTSC 2021 on the 2019 key): cannot tell, said as a warning', () => {
  const c = keyCoverage(keyOf('WS19'), 'Windows 10 Enterprise LTSC 2021');
  assert.equal(c.target, { product: 'Windows 10 Enterprise LTSC 2021', covered: null, listed: true, protocol: false });
  assert.ok(
    c.notes.some((n) => render(n).includes('the sources disagree')),
    c.notes.map((n) => render(n)).join(' | '),
  );
  const found = facts(
    buildHostFacts(
      [{ path: 'kms01.json', snapshot: hostSnapshot({ description: 'Windows(R) Operating System, VOLUME_KMS_WS19 channel', office: null }) }],
      [],
      'Windows 10 Enterprise LTSC 2021',
    )!,
  );
  assert.equal(
    found.map((f) => `${f.ruleId}:${f.severity}`),
    ['host/product-not-in-matrix:warning'],
  );
});

rules("required updates: the service version against the KB's build, or why the input cannot tell", () => {
  const ws2022Key = keyCoverage(keyOf('WS22'));
  const ws2025Key = keyCoverage(keyOf('WS25'));
  const old = requiredUpdates({ serviceVersion: '10.0.17763.1', osCaption: null, coverage: [ws2022Key], target: null });
  assert.is(old.hostOs, 'Windows Server 2019');
  assert.equal(
    old.checks.map((c) => [c.kb, c.toActivate, c.verdict]),
    [['KB5003646', ['Windows Server 2022'], 'not-shown']],
  );
  const patched = requiredUpdates({ serviceVersion: '10.0.17763.5458', osCaption: 'Microsoft Windows Server 2019 Datacenter', coverage: [ws2025Key], target: null });
  assert.equal(
    patched.checks.map((c) => [c.kb, c.verdict]),
    [
      ['KB5034768', 'shown'],
      ['KB5003646', 'shown'],
    ],
  );
  const ws2022Host = requiredUpdates({ serviceVersion: '10.0.20348.1', osCaption: null, coverage: [ws2025Key], target: null });
  assert.equal(
    ws2022Host.checks.map((c) => [c.kb, c.verdict]),
    [['KB5034765', 'cannot-tell']],
  );
  assert.match(render(ws2022Host.checks[0]!.reason), 'no OS build is known for KB5034765');
  const noVersion = requiredUpdates({ serviceVersion: null, osCaption: 'Microsoft Windows Server 2019 Standard', coverage: [ws2022Key], target: null });
  assert.equal(
    noVersion.checks.map((c) => [c.verdict, render(c.reason)]),
    [['cannot-tell', 'the input does not show the service version (slmgr /dlv, first line)']],
  );
  assert.equal(
    requiredUpdates({ serviceVersion: '10.0.17763.1', osCaption: null, coverage: [ws2022Key], target: 'Windows 11 Enterprise' }).checks,
    [],
    'a target the rows do not name needs none of them',
  );
  assert.equal(
    requiredUpdates({ serviceVersion: '10.0.17763.1', osCaption: null, coverage: [keyCoverage(keyOf('WS19'))], target: null }).checks,
    [],
    'a 2019 key on 2019 needs no update',
  );
});

rules('host /dlv text: WS2019 host with the 2022 key and service version 10.0.17763.1 — KB5003646 not shown (warning)', () => {
  const host = buildHostFacts([dlvHost('dlv/host-en-ws2019-csvlk2022.txt')], [], null)!;
  assert.equal(
    host.hosts[0]!.coverage.map((c) => [c.key, c.keySource]),
    [['Windows Server 2022', 'epid']],
  );
  const found = facts(host);
  assert.equal(
    found.map((f) => `${f.ruleId}:${f.severity}`),
    ['host/required-update-not-shown:warning'],
  );
  assert.match(found[0]!.message, 'Windows Server 2019 needs KB5003646 (2021-06-08) or a later cumulative update to activate Windows Server 2022');
  assert.match(found[0]!.message, 'below 10.0.17763.1999');
});

rules('Key Management Service log: full and kept (Retain) is an error, younger than 30 days a warning, a long circular log nothing', () => {
  const withLog = (kmsLog: Snapshot['kmsLog']) =>
    facts(buildHostFacts([{ path: 'kms01.json', snapshot: { ...hostSnapshot(), kmsLog } }], [], null)!).filter((f) => f.ruleId === 'host/kms-log-short');
  const base = { fileSizeBytes: 1052672, maximumSizeBytes: 1052672, logMode: 'Retain' as const, recordCount: 2143, isFull: true, oldestRecordTime: '2025-01-01T00:00:00.000Z' };
  const full = withLog(base);
  assert.equal(
    full.map((f) => f.severity),
    ['error'],
  );
  assert.match(full[0]!.message, 'every new 12290 is dropped');
  assert.equal(
    withLog({ ...base, logMode: 'Circular' }).map((f) => f.severity),
    ['warning'],
  );
  const young = withLog({ ...base, logMode: 'Circular', isFull: false, maximumSizeBytes: 20971520, oldestRecordTime: '2025-02-19T12:00:00.000Z' });
  assert.equal(
    young.map((f) => f.severity),
    ['warning'],
  );
  assert.match(young[0]!.message, '10.0 days before the snapshot');
  assert.equal(withLog({ ...base, logMode: 'Circular', isFull: false, maximumSizeBytes: 20971520 }), []);
  assert.equal(withLog(null), []);
});

rules("samples/host/kms03-log-full-snapshot.json: the collector's kmsLog read into the host health", async () => {
  const snapshot = await loadSnapshot(sample('host/kms03-log-full-snapshot.json'));
  const host = buildHostFacts([{ path: 'kms03.json', snapshot }], [], null)!;
  assert.equal(host.hosts[0]!.health!.kmsLog, {
    fileSizeBytes: 1052672,
    maximumSizeBytes: 1052672,
    logMode: 'Retain',
    recordCount: 2143,
    isFull: true,
    oldestRecordTime: '2026-11-16T03:12:40.000Z',
  });
  assert.equal(
    facts(host).map((f) => `${f.ruleId}:${f.severity}`),
    ['host/kms-log-short:error'],
  );
});

rules.run();
