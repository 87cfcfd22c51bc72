/**
 * checkConnectivity against real components: BIND 9 on loopback serving `corp.test`, hosts in a
 * network namespace with real kernel port states (open, RST, nft drop, ICMP unreachable) and the
 * lab RPC responder. See test/helpers/kms-network.ts for the host table.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ProbeResult } from '../../src/core/result.js';
import { type ConnectivityOptions, checkConnectivity } from '../../src/engine/connectivity.js';
import type { ConnectivityFacts, KmsTarget } from '../../src/engine/model.js';
import { buildReport } from '../../src/report/report.js';
import { evaluate } from '../../src/rules/index.js';
import { startBefore } from '../helpers/before-fixture.js';
import { fqdn, KMS_NET_HOSTS, type KmsNetwork, startKmsNetwork, ZONE } from '../helpers/kms-network.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

const TIMEOUT_MS = 800;

const test = suite('connectivity against BIND + network namespace');
const kmsNetwork = startBefore(test, 'KMS test network', startKmsNetwork);
let first: Awaited<ReturnType<typeof check>> | undefined;
test.after(async () => {
  await kmsNetwork.current()?.stop();
});

const network = (): KmsNetwork => kmsNetwork.get();

function options(overrides: Partial<ConnectivityOptions> = {}): ConnectivityOptions {
  return { domains: [ZONE], kmsHosts: [], dnsServers: [network().dnsServer], timeoutMs: TIMEOUT_MS, deadlineMs: 10_000, concurrency: 64, ...overrides };
}

async function check(overrides: Partial<ConnectivityOptions> = {}) {
  const completed: string[] = [];
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  const started = performance.now();
  try {
    const facts = await checkConnectivity(options({ onResult: (result: ProbeResult) => completed.push(result.id), ...overrides }));
    const wallMs = performance.now() - started;
    return { facts, findings: evaluate({ connectivity: facts }), wallMs, completed, warnings };
  } finally {
    // Warnings are emitted on the next tick; let them arrive before unsubscribing.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
  }
}

/** The first run, shared by the tests that only read it. */
async function firstRun() {
  first ??= await check();
  return first;
}

function target(facts: ConnectivityFacts, label: string): KmsTarget {
  const found = facts.targets.find((t) => t.name === fqdn(label));
  if (!found) throw new Error(`${fqdn(label)} missing; targets: ${facts.targets.map((t) => t.name).join(', ')}`);
  return found;
}

test('discovery: BIND answers authoritatively with all seven SRV records', async () => {
  const { facts } = await firstRun();
  const net = network();
  assert.equal(facts.dnsServers, [net.bind.server]);
  assert.is(facts.dnsServerSource, 'given');
  assert.is(facts.domains.length, 1);
  const [answer] = facts.domains[0]!.answers;
  assert.is(answer!.status, 'ok');
  assert.is(answer!.data!.rcode, 'NOERROR');
  assert.ok(answer!.data!.authoritative);
  assert.equal(
    answer!.data!.records.map((r) => [r.target, r.port]),
    KMS_NET_HOSTS.map((h) => [fqdn(h.label), h.port]),
  );
});

test('targets come in the client order (distinct priorities) with the expected verdicts', async () => {
  const { facts } = await firstRun();
  assert.equal(
    facts.targets.map((t) => [t.name, t.port, t.verdict]),
    KMS_NET_HOSTS.map((h) => [fqdn(h.label), h.port, h.verdict]),
  );
  assert.equal(
    facts.targets.map((t) => t.rank),
    [1, 2, 3, 4, 5, 6, 7],
  );
  for (const t of facts.targets) {
    assert.is(t.source, 'srv');
    assert.is(t.domain, ZONE);
    assert.equal(t.listedBy, [network().bind.server]);
  }
});

test('every endpoint: activation state, management (135) state, RPC verdict and acceptsAnyInterface', async () => {
  const { facts } = await firstRun();
  const net = network().net;
  const expected: Record<string, { address: string; activation: string; management: string; rpc: string | null; rpcStatus?: string; any: boolean | null } | null> = {
    'kms-ok': { address: net.nsAddress, activation: 'open', management: 'closed', rpc: 'kms', rpcStatus: 'ok', any: false },
    'kms-closed': { address: net.nsAddress, activation: 'closed', management: 'closed', rpc: null, any: null },
    'kms-filtered': { address: net.nsAddress, activation: 'filtered', management: 'closed', rpc: null, any: null },
    'kms-http': { address: net.nsAddress, activation: 'open', management: 'closed', rpc: 'not-rpc', rpcStatus: 'not-rpc', any: null },
    'kms-dead': { address: net.unreachableAddress, activation: 'unreachable', management: 'unreachable', rpc: null, any: null },
    'kms-gone': null,
    'kms-any': { address: net.nsAddress, activation: 'open', management: 'closed', rpc: 'kms', rpcStatus: 'ok', any: true },
  };
  for (const [label, want] of Object.entries(expected)) {
    const t = target(facts, label);
    if (want === null) {
      assert.equal(t.endpoints, [], `${label} has no address, so no endpoint`);
      assert.is(t.resolution.status, 'dns-nxdomain', label);
      continue;
    }
    assert.is(t.resolution.status, 'ok', label);
    assert.is(t.endpoints.length, 1, label);
    const e = t.endpoints[0]!;
    assert.is(e.address, want.address, label);
    assert.is(e.activation?.data?.state, want.activation, `${label} activation`);
    assert.is(e.activation?.data?.role, 'activation');
    assert.is(e.activation?.target.port, t.port);
    assert.is(e.management?.data?.state, want.management, `${label} management`);
    assert.is(e.management?.data?.role, 'management');
    assert.is(e.management?.target.port, 135);
    if (want.rpc === null) {
      assert.is(e.rpc, undefined, `${label}: no RPC bind where the port is not open`);
    } else {
      assert.is(e.rpc?.status, want.rpcStatus, `${label} rpc status`);
      assert.is(e.rpc?.data?.verdict, want.rpc, `${label} rpc verdict`);
    }
    assert.is(e.rpc?.data?.acceptsAnyInterface ?? null, want.any, `${label} acceptsAnyInterface`);
  }
  // The filtered port takes the whole budget; closed and unreachable are answered at once.
  const filtered = target(facts, 'kms-filtered').endpoints[0]!.activation!;
  assert.is(filtered.status, 'timeout');
  assert.ok(filtered.durationMs >= TIMEOUT_MS * 0.9, `filtered took ${filtered.durationMs} ms`);
  for (const label of ['kms-closed', 'kms-dead']) {
    const activation = target(facts, label).endpoints[0]!.activation!;
    // Answered (RST or ICMP), not timed out: the status says so; the time only has to stay under the budget.
    assert.ok(activation.status !== 'timeout' && activation.durationMs < TIMEOUT_MS, `${label}: ${activation.status} in ${activation.durationMs} ms`);
  }
});

test('findings per target, plus the run-wide ones', async () => {
  const { findings } = await firstRun();
  const byTarget = (label: string) =>
    findings
      .filter((f) => f.target === fqdn(label))
      .map((f) => f.ruleId)
      .sort();
  assert.equal(byTarget('kms-ok'), []);
  assert.equal(byTarget('kms-closed'), ['srv/nonstandard-port', 'tcp/kms-port-closed']);
  assert.equal(byTarget('kms-filtered'), ['srv/nonstandard-port', 'tcp/kms-port-filtered']);
  assert.equal(byTarget('kms-http'), ['rpc/not-kms-endpoint', 'srv/nonstandard-port']);
  assert.equal(byTarget('kms-dead'), ['tcp/host-unreachable']);
  assert.equal(byTarget('kms-gone'), ['srv/target-unresolvable']);
  assert.equal(byTarget('kms-any'), ['rpc/accepts-any-interface', 'srv/nonstandard-port']);
  const runWide = findings.filter((f) => f.target === undefined).map((f) => f.ruleId);
  assert.equal(runWide, ['kms/unusable-hosts-listed', 'tcp/management-port-blocked']);
  // 135 is blocked (closed) on the five namespace hosts; on kms-dead it is unreachable, which is not this finding.
  const management = findings.find((f) => f.ruleId === 'tcp/management-port-blocked')!;
  assert.is(management.severity, 'info');
  assert.is(management.evidence.length, 5);
  assert.not.match(management.message, 'kms-dead');
  assert.match(management.message, 'Activation does not need port 135');
  const unusable = findings.find((f) => f.ruleId === 'kms/unusable-hosts-listed')!;
  assert.match(unusable.message, '5 of 7');
  // The filtered port's remedy opens its non-default port as well as the built-in rule.
  const filtered = findings.find((f) => f.ruleId === 'tcp/kms-port-filtered')!;
  assert.match(filtered.remedy.join('\n'), 'Set-NetFirewallRule -Name SPPSVC-In-TCP');
  assert.match(filtered.remedy.join('\n'), /New-NetFirewallRule .*-LocalPort 1690/);
  assert.not.ok(
    findings.some((f) => f.ruleId === 'kms/no-usable-host'),
    'two hosts are usable',
  );
});

test('many probes in flight cause no process warning (e.g. MaxListenersExceededWarning on the deadline signal)', async () => {
  const { warnings, completed } = await firstRun();
  assert.ok(completed.length > 10, `${completed.length} probes`);
  assert.equal(warnings, []);
});

test('the whole check takes about one timeout (everything runs concurrently)', async () => {
  const { wallMs } = await firstRun();
  // Sanity bound only: the filtered port alone needs one full timeout.
  assert.ok(wallMs >= TIMEOUT_MS * 0.9, `took ${Math.round(wallMs)} ms`);
  // How close to one timeout the run stays is measured by bench/connectivity.bench.ts, not asserted here.
});

test('the report is schema-valid and its results keep a stable order across two runs', async () => {
  const one = await firstRun();
  const two = await check();
  const report = (run: typeof one) =>
    buildReport({ command: 'connectivity', startedAt: new Date().toISOString(), durationMs: run.wallMs, input: {}, facts: run.facts, findings: run.findings, failOn: 'error' });
  const [r1, r2] = [report(one), report(two)];
  assert.equal(reportSchemaErrors(JSON.parse(JSON.stringify(r1))), []);
  assert.equal(reportSchemaErrors(JSON.parse(JSON.stringify(r2))), []);
  const ids1 = r1.results.map((r) => r.id);
  assert.equal(
    r2.results.map((r) => r.id),
    ids1,
  );
  assert.is(new Set(ids1).size, ids1.length, 'no duplicates');
  assert.equal(
    r2.findings.map((f) => `${f.ruleId} ${f.target ?? ''}`),
    r1.findings.map((f) => `${f.ruleId} ${f.target ?? ''}`),
  );
  // Every probe that completed was reported, and the report order is structural, not completion order.
  assert.equal([...one.completed].sort(), [...ids1].sort());
  assert.ok(ids1[0]!.startsWith('srv:'), 'discovery first');
  assert.is(ids1[1], `addr:${fqdn('kms-ok')}@${network().bind.server}`);
  assert.is(r1.summary.verdict, 'fail');
});

test('--kms-host nsAddress:1688: a direct target, resolved as a literal, with the given DNS server', async () => {
  const net = network().net;
  const { facts, findings } = await check({ domains: [], kmsHosts: [{ host: net.nsAddress, port: 1688 }] });
  assert.equal(facts.domains, []);
  assert.is(facts.targets.length, 1);
  const t = facts.targets[0]!;
  assert.equal([t.name, t.port, t.source, t.verdict], [net.nsAddress, 1688, 'kms-host', 'ready']);
  assert.equal(t.listedBy, []);
  assert.is(t.resolution.data!.addresses[0]!.source, 'literal');
  const e = t.endpoints[0]!;
  assert.equal([e.activation?.id, e.management?.id, e.rpc?.id], [`tcp:${net.nsAddress}:1688`, `tcp:${net.nsAddress}:135`, `rpc:${net.nsAddress}:1688`]);
  assert.equal([e.activation?.data?.state, e.management?.data?.state, e.rpc?.data?.verdict, e.rpc?.data?.acceptsAnyInterface], ['open', 'closed', 'kms', false]);
  assert.equal(
    findings.map((f) => f.ruleId),
    ['tcp/management-port-blocked'],
  );
});

test('--kms-host without a DNS server: resolved by the OS (an IP literal needs no query)', async () => {
  const net = network().net;
  const { facts } = await check({ domains: [], dnsServers: [], kmsHosts: [{ host: net.nsAddress, port: 1688 }] });
  const t = facts.targets[0]!;
  assert.is(t.resolution.id, `addr:${net.nsAddress}@os`);
  assert.is(t.verdict, 'ready');
});

test('an SRV target also given as --kms-host is probed once and reported twice', async () => {
  const { facts, completed } = await check({ kmsHosts: [{ host: fqdn('kms-ok'), port: 1688 }] });
  const both = facts.targets.filter((t) => t.name === fqdn('kms-ok'));
  assert.equal(
    both.map((t) => t.source),
    ['srv', 'kms-host'],
  );
  assert.is(both[0]!.endpoints[0]!.rpc, both[1]!.endpoints[0]!.rpc, 'the same probe result');
  assert.is(new Set(completed).size, completed.length, 'no probe ran twice');
});

test.run();
