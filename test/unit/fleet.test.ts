import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { msg } from '../../src/catalog/message.js';
import { analyzeFleet } from '../../src/commands/fleet-analysis.js';
import { FleetAccumulator } from '../../src/fleet/accumulate.js';
import type { FleetProbeResult } from '../../src/fleet/probe.js';
import type { FleetReport } from '../../src/report/fleet-report.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { render } from '../helpers/render.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';
import { expectedFleet, RETIRED_HOST, SAMPLE_FLEET_SPEC, type SyntheticFleetSpec, syntheticFleet } from '../helpers/synthetic-fleet.js';

const test = suite('fleet');

function analyse(
  spec: SyntheticFleetSpec,
  options: { extra?: Array<{ file: string; snapshot: Snapshot }>; probe?: FleetProbeResult } = {},
): { report: FleetReport; fleet: FleetAccumulator } {
  const fleet = new FleetAccumulator();
  for (const { file, snapshot } of syntheticFleet(spec)) fleet.add(snapshot, file);
  for (const { file, snapshot } of options.extra ?? []) fleet.add(snapshot, file);
  const report = analyzeFleet({
    fleet,
    logs: [],
    probe: options.probe ?? null,
    failOn: 'error',
    startedAt: '2025-03-01T12:00:00.000Z',
    durationMs: () => 1,
    input: { paths: ['x'], kmsLogs: [], probe: options.probe !== undefined, dnsServers: [] },
  });
  return { report, fleet };
}

const ids = (report: FleetReport) => report.findings.map((f) => f.ruleId);
const HEALTHY: SyntheticFleetSpec = {
  clients: 80,
  cloneGroups: [],
  pinnedToRetiredHost: 0,
  windowsInGrace: 0,
  officeInGrace: 0,
  renewalsFailing: 0,
  skewedClocks: 0,
  branchClients: 0,
  servers: 10,
  hostCounts: [50, 50],
  eventPairs: 0,
};

test('a generated fleet: every planted fault found, with its numbers', () => {
  const spec: SyntheticFleetSpec = { ...SAMPLE_FLEET_SPEC, clients: 300, cloneGroups: [20, 7, 2] };
  const want = expectedFleet(spec);
  const { report } = analyse(spec);
  assert.equal(reportSchemaErrors(report), []);
  assert.is(report.summary.clients, want.clients);
  assert.is(report.summary.hosts, 2);
  assert.is(report.cloneGroups.groupsTotal, want.cloneGroups);
  assert.is(report.cloneGroups.machines, want.cloneMachines);
  assert.is(report.cloneGroups.countLost, want.countLost);
  assert.equal(
    report.cloneGroups.groups.map((g) => g.machines),
    [20, 7, 2],
  );
  assert.is(report.activation.expiringTotal, want.expiring);
  assert.is(report.activation.renewalsFailingTotal, want.renewalsFailing);
  assert.ok(report.activation.renewalsFailing.every((r) => r.failingDays === 73));
  assert.is(report.clock.skewedTotal, want.skewed);
  assert.is(report.discovery.pinned, want.pinnedToRetired);
  const retired = report.hosts.find((h) => h.host === RETIRED_HOST)!;
  assert.is(retired.pinned, want.pinnedToRetired);
  assert.is(retired.known, false);
  assert.is(report.domains.find((d) => d.domain === 'branch.corp.test')?.clients, want.branch);
  assert.is(
    report.hosts.reduce((sum, h) => sum + h.needs5, 0),
    want.servers,
  );
  const byProduct = (product: RegExp, state: string) => report.activation.byProduct.find((p) => product.test(p.product) && p.state === state)?.products;
  assert.is(byProduct(/Office/, 'Initial grace period'), spec.officeInGrace);
  assert.is(byProduct(/ServerStandard/, 'Licensed'), spec.servers);
  assert.is(byProduct(/Enterprise/, 'Initial grace period'), spec.windowsInGrace);
  // Threshold mix: every client with a host is counted once, as 25 or 5; Office apart.
  const withHost = spec.clients - spec.branchClients;
  assert.is(
    report.hosts.reduce((sum, h) => sum + h.needs25 + h.needs5, 0),
    withHost,
  );
  assert.is(
    report.hosts.reduce((sum, h) => sum + h.office, 0),
    spec.officeInGrace,
  );
  // Days left: Office grace (5) in 0–7, Windows grace (10) in 8–30, failing renewals (100) in 91–150.
  assert.equal(
    report.activation.daysLeft.map((b) => b.count),
    [spec.officeInGrace, spec.windowsInGrace, 0, spec.renewalsFailing, spec.clients - spec.windowsInGrace - spec.renewalsFailing],
  );
  const found = ids(report);
  assert.is(found.filter((id) => id === 'fleet/duplicate-cmid').length, 3);
  for (const id of ['fleet/host-not-published', 'fleet/products-not-activated', 'fleet/renewals-failing', 'fleet/clock-skew', 'fleet/threshold-not-reached', 'fleet/count-split'])
    assert.ok(found.includes(id), `${id} missing from ${found.join(', ')}`);
  // Without --probe nothing is claimed about DNS or reachability.
  assert.not.ok(found.includes('fleet/domain-without-srv'));
  assert.not.ok(found.includes('fleet/host-unreachable'));
  assert.is(report.summary.exitCode, 1);
});

test('a healthy fleet has no finding and exits 0', () => {
  const { report } = analyse(HEALTHY);
  assert.equal(report.findings, []);
  assert.is(report.summary.exitCode, 0);
  assert.is(report.split?.split, false);
});

test('the same machine collected twice is one machine, never a clone group', () => {
  const again = buildSnapshot({
    collectedAt: '2025-03-02T12:00:00.000Z',
    computer: { name: 'WS00003', domain: 'corp.test' },
    service: { clientMachineId: '5e1f0000-0000-4000-8000-000000000004', discoveredMachine: 'kms02.corp.test', discoveredPort: 1688 },
  });
  const { report } = analyse(HEALTHY, { extra: [{ file: 'ws00003-again.json', snapshot: again }] });
  assert.is(report.summary.clients, HEALTHY.clients);
  assert.is(report.summary.duplicates, 1);
  assert.is(report.cloneGroups.groupsTotal, 0);
});

test("a host count below 25 is claimed only from the host's own count", () => {
  const { report } = analyse({ ...HEALTHY, pinnedToRetiredHost: 3 });
  const threshold = report.findings.filter((f) => f.ruleId === 'fleet/threshold-not-reached');
  assert.equal(threshold, [], 'kms-old has no snapshot: its count is unknown');
});

test('--probe: domains without records and unusable hosts are findings; published hosts are not', () => {
  const probe: FleetProbeResult = {
    domains: new Map([
      [
        'corp.test',
        {
          srv: 'records',
          detail: msg('facts.fleet.domain.answers', { answers: ['127.0.7.1:53: ok'] }),
          answers: [{ probeId: 'srv:_vlmcs._tcp.corp.test@127.0.7.1:53', server: '127.0.7.1:53', status: 'ok' }],
          targets: ['kms01.corp.test:1688', 'kms02.corp.test:1688'],
        },
      ],
      [
        'branch.corp.test',
        {
          srv: 'none',
          detail: msg('facts.fleet.domain.answers', { answers: ['127.0.7.1:53: dns-nxdomain'] }),
          answers: [{ probeId: 'srv:_vlmcs._tcp.branch.corp.test@127.0.7.1:53', server: '127.0.7.1:53', status: 'dns-nxdomain' }],
          targets: [],
        },
      ],
    ]),
    published: new Set(['kms01.corp.test', 'kms02.corp.test']),
    hosts: new Map([
      ['kms01.corp.test:1688', 'ready'],
      ['kms02.corp.test:1688', 'ready'],
      [RETIRED_HOST, 'unresolved'],
    ]),
    dnsServers: ['127.0.7.1:53'],
  };
  const { report } = analyse({ ...HEALTHY, pinnedToRetiredHost: 3, branchClients: 4 }, { probe });
  const byId = (id: string) => report.findings.filter((f) => f.ruleId === id);
  assert.is(byId('fleet/domain-without-srv').length, 1);
  assert.is(byId('fleet/domain-without-srv')[0]!.target, 'branch.corp.test');
  assert.match(byId('fleet/domain-without-srv')[0]!.message, /^4 clients/);
  // The evidence points at the SRV probe that was asked, by its real id (probes/probe-id.ts).
  assert.equal(
    byId('fleet/domain-without-srv')[0]!.evidence.map((e) => e.ref),
    ['srv:_vlmcs._tcp.branch.corp.test@127.0.7.1:53'],
  );
  const branch = report.domains.find((d) => d.domain === 'branch.corp.test')!;
  assert.is(branch.detail, '127.0.7.1:53: dns-nxdomain');
  assert.equal(branch.detailMessage, { id: 'facts.fleet.domain.answers', args: { answers: ['127.0.7.1:53: dns-nxdomain'] } });
  assert.equal(
    byId('fleet/host-unreachable').map((f) => f.target),
    [RETIRED_HOST],
  );
  assert.equal(
    byId('fleet/host-not-published').map((f) => f.target),
    [RETIRED_HOST],
  );
  assert.is(report.domains.find((d) => d.domain === 'corp.test')?.srv, 'records');
});

test('HTML dashboard: self-contained, four SVG charts, hostile names escaped', () => {
  // A clone of the first group's members, so its name is on the page.
  const hostile = buildSnapshot({ computer: { name: '<script>alert(1)</script>', domain: 'corp.test' }, service: { clientMachineId: '5e1f0000-0000-4000-8000-0000000f4240' } });
  const { report, fleet } = analyse(SAMPLE_FLEET_SPEC, { extra: [{ file: 'evil.json', snapshot: hostile }] });
  const html = render(report, 'html', { fleetClients: fleet.clients.values() });
  for (const id of ['chart-state', 'chart-days-left', 'chart-hosts', 'chart-clones']) assert.match(html, new RegExp(`<svg xmlns="http://www.w3.org/2000/svg" id="${id}"`));
  assert.not.match(html, /<script/i);
  assert.not.match(html, /\b(src|href)=/i, 'no external asset');
  assert.match(html, /&lt;script&gt;/);
});

test('CSV: one row per client, formula-looking cells defused', () => {
  const hostile = buildSnapshot({
    computer: { name: '=HYPERLINK("x")', domain: null },
    dns: { primaryDnsSuffix: 'corp.test' },
    service: { clientMachineId: '5e1f0000-0000-4000-8000-0000000000ff' },
  });
  const { fleet } = analyse(HEALTHY, { extra: [{ file: 'evil.json', snapshot: hostile }] });
  const csv = render({ kind: 'fleet' } as FleetReport, 'csv', { fleetClients: fleet.clients.values() });
  const lines = csv.trimEnd().split('\r\n');
  assert.is(lines.length, HEALTHY.clients + 2);
  assert.ok(
    lines.some((line) => line.startsWith('"\'=hyperlink(""x"")"')),
    lines.find((l) => l.includes('hyperlink')),
  );
});

test('JUnit: a failing case per rule with errors; probe rules skipped without --probe', () => {
  const { report } = analyse(SAMPLE_FLEET_SPEC);
  const xml = render(report, 'junit');
  assert.match(xml, /name="fleet\/duplicate-cmid: [^"]*" time="0">\n {4}<failure/);
  assert.match(xml, /name="fleet\/domain-without-srv: [^"]*" time="0">\n {4}<skipped/);
  assert.match(xml, /name="fleet\/count-split: [^"]*" time="0">\n {4}<system-out>/);
});

test('Markdown summary names the clone groups and the findings', () => {
  const { report } = analyse(SAMPLE_FLEET_SPEC);
  const md = render(report, 'markdown');
  assert.match(md, /^# KMS fleet report/);
  assert.match(md, /## Clone groups \(duplicate CMIDs\)\n\n2 groups, 11 machines, 9 counts lost\./);
  assert.match(md, /`fleet\/duplicate-cmid`/);
});

test.run();
