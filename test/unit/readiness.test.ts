/** `kmsdoctor readiness`: each check as a pure function over hand-written facts, and every report format. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ProbeResult } from '../../src/core/result.js';
import type { ActivationSection } from '../../src/engine/activation.js';
import type { ConnectivityFacts, KmsTarget, TargetVerdict } from '../../src/engine/model.js';
import type { HostFacts } from '../../src/host/host-facts.js';
import { clockCheck } from '../../src/readiness/checks/clock.js';
import { countCheck } from '../../src/readiness/checks/count.js';
import { discoveryCheck } from '../../src/readiness/checks/discovery.js';
import { firewallCheck } from '../../src/readiness/checks/firewall.js';
import { READINESS_CHECKS, runReadinessChecks } from '../../src/readiness/checks/index.js';
import { keyCoverageCheck } from '../../src/readiness/checks/key-coverage.js';
import { licensedCheck } from '../../src/readiness/checks/licensed.js';
import { reachabilityCheck } from '../../src/readiness/checks/reachability.js';
import { srvHygieneCheck } from '../../src/readiness/checks/srv-hygiene.js';
import { firewallOf } from '../../src/readiness/collect.js';
import type { ReadinessCheck, ReadinessFacts } from '../../src/readiness/model.js';
import { renderCheck } from '../../src/readiness/render.js';
import { buildReadinessReport } from '../../src/report/readiness.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { htmlProblems, junitCounts } from '../helpers/page-checks.js';
import { render as renderReadiness } from '../helpers/render.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { readinessFacts } from '../helpers/sample-reports.js';

const DOMAIN = 'contoso.test';

function probe<T>(id: string, data: T | null, ok = true): ProbeResult<T> {
  return { id, ok, data } as unknown as ProbeResult<T>;
}

function srvAnswer(records: Array<{ target: string; priority?: number; port?: number }>, server = '10.0.0.1') {
  return {
    ...probe(`srv:_vlmcs._tcp.${DOMAIN}@${server}`, {
      records: records.map((r) => ({ target: r.target, port: r.port ?? 1688, priority: r.priority ?? 0, weight: 0, ttl: 300 })),
      additionalAddresses: [],
    }),
    target: { server },
  } as never;
}

function target(name: string, verdict: TargetVerdict, source: 'srv' | 'kms-host' = 'srv'): KmsTarget {
  return {
    name,
    port: 1688,
    source,
    listedBy: [],
    resolution: probe(`addr:${name}`, { addresses: verdict === 'unresolved' ? [] : [{ address: '10.0.0.9' }] }) as never,
    endpoints: [],
    verdict,
  };
}

function connectivity(answers: unknown[], targets: KmsTarget[]): ConnectivityFacts {
  return {
    dnsServers: ['10.0.0.1'],
    dnsServerSource: 'given',
    domains: [{ domain: DOMAIN, role: 'query', queryName: `_vlmcs._tcp.${DOMAIN}`, answers: answers as never }],
    targets,
    managementPort: 135,
    phases: { activationPort: true, managementPort: true, rpc: true },
  };
}

const facts = (over: Partial<ReadinessFacts> = {}): ReadinessFacts => readinessFacts([DOMAIN], over);

function finding(ruleId: string, target?: string): Finding {
  return {
    ruleId,
    severity: 'error',
    title: ruleId,
    message: `${ruleId} message`,
    evidence: [{ kind: 'probe', ref: 'p1', summary: 'seen' }],
    remedy: ['fix it'],
    args: {},
    docs: '',
    ...(target ? { target } : {}),
  };
}

function hostFacts(licensed: boolean | null, count: number | null, log: number | null = null, window: { whole?: boolean; licensed25?: number } = {}): HostFacts {
  return {
    hosts: [
      {
        name: 'kms01.contoso.test',
        files: ['kms01.json'],
        health: { licensed, products: [{ application: 'windows', currentCount: count }] } as never,
        coverage: [],
        log:
          log === null
            ? null
            : ({
                window: {
                  estimatedCount: log,
                  distinctClients: log,
                  from: '2025-03-01T00:00:00.000Z',
                  to: '2025-03-12T00:00:00.000Z',
                  coversWholeWindow: window.whole ?? true,
                  licensedAnswered: { '25': window.licensed25 ?? 0, '5': 0 },
                },
              } as never),
        dns: { fqdn: 'kms01.contoso.test', domains: [], unreadable: [] },
        updates: null,
      },
    ],
    split: null,
    targetProduct: null,
  };
}

const checks = suite('readiness: pure checks');

checks('discovery: not-run without domains, fail without records, warn when an unintended host is preferred, pass otherwise', () => {
  assert.is(discoveryCheck(facts()).state, 'not-run');
  assert.is(discoveryCheck(facts({ connectivity: connectivity([srvAnswer([])], []) })).state, 'fail');
  const listed = connectivity(
    [
      srvAnswer([
        { target: 'kms02.contoso.test', priority: 0 },
        { target: 'kms01.contoso.test', priority: 10 },
      ]),
    ],
    [],
  );
  const warn = discoveryCheck(facts({ connectivity: listed, expectHosts: ['kms01.contoso.test'] }));
  assert.is(warn.state, 'warn');
  assert.match(renderCheck(warn).detail, /kms02\.contoso\.test/);
  assert.equal(warn.evidence.probes, [`srv:_vlmcs._tcp.${DOMAIN}@10.0.0.1`]);
  assert.is(discoveryCheck(facts({ connectivity: listed, expectHosts: ['kms02.contoso.test'] })).state, 'pass');
  assert.is(discoveryCheck(facts({ connectivity: listed })).state, 'pass');
  const partial = connectivity([srvAnswer([{ target: 'kms01.contoso.test' }]), srvAnswer([], '10.0.0.2')], []);
  assert.is(discoveryCheck(facts({ connectivity: partial })).state, 'warn');
});

checks('reachability: intended hosts must be ready; findings about other hosts are not its evidence', () => {
  assert.is(reachabilityCheck(facts()).state, 'not-run');
  const both = connectivity([], [target('kms01.contoso.test', 'ready'), target('kms02.contoso.test', 'port-closed')]);
  const all = reachabilityCheck(facts({ connectivity: both, findings: [finding('tcp/kms-port-closed', 'kms02.contoso.test')] }));
  assert.is(all.state, 'fail');
  assert.match(renderCheck(all).detail, /kms02\.contoso\.test:1688 \(port-closed\)/);
  assert.equal(all.evidence.findings, ['tcp/kms-port-closed']);
  const intended = reachabilityCheck(facts({ connectivity: both, expectHosts: ['kms01.contoso.test'], findings: [finding('tcp/kms-port-closed', 'kms02.contoso.test')] }));
  assert.is(intended.state, 'pass');
  assert.equal(intended.evidence.findings, []);
  assert.ok(intended.evidence.probes.includes('addr:kms01.contoso.test'));
  assert.is(reachabilityCheck(facts({ connectivity: both, expectHosts: ['kms09.contoso.test'] })).state, 'not-run');
});

checks('host licensed: pass, fail, warn when unknown, not-run without host facts', () => {
  assert.is(licensedCheck(facts()).state, 'not-run');
  assert.is(licensedCheck(facts({ host: hostFacts(true, 30) })).state, 'pass');
  assert.is(licensedCheck(facts({ host: hostFacts(false, 30), findings: [finding('host/not-licensed')] })).state, 'fail');
  assert.equal(licensedCheck(facts({ host: hostFacts(false, 30), findings: [finding('host/not-licensed')] })).evidence.findings, ['host/not-licensed']);
  assert.is(licensedCheck(facts({ host: hostFacts(null, 30) })).state, 'warn');
});

checks('count: reported count, log estimate, measured response (which wins), and clients still needed', () => {
  assert.is(countCheck(facts()).state, 'not-run');
  assert.is(countCheck(facts({ host: hostFacts(true, 25) })).state, 'pass');
  const short = countCheck(facts({ host: hostFacts(true, 20) }));
  assert.is(short.state, 'fail');
  assert.match(renderCheck(short).detail, /5 more distinct clients needed/);
  assert.is(countCheck(facts({ host: hostFacts(true, 20), targetOs: ['Windows Server 2025 Standard'] })).state, 'pass', 'servers need 5');
  assert.match(
    renderCheck(countCheck(facts({ host: hostFacts(true, null, 7) }))).detail,
    /\(12290 log: at least 7 distinct clients in this window \(from 2025-03-01T00:00:00.000Z to 2025-03-12T00:00:00.000Z\)\): 18 more distinct clients needed/,
  );
  // An export shorter than 30 days is a lower bound: warn, never fail; a 0x0 answer to a Licensed client needing 25 passes.
  const partial = countCheck(facts({ host: hostFacts(true, null, 7, { whole: false }) }));
  assert.is(partial.state, 'warn');
  assert.match(renderCheck(partial).detail, "the host's count may be higher");
  assert.is(countCheck(facts({ host: hostFacts(true, null, 7, { whole: false, licensed25: 2 }) })).state, 'pass');
  const activation = { probe: { id: 'kms:kms01' }, response: { currentCount: 3, minimumCount: 5, hresult: '0xC004F038' } } as unknown as ActivationSection;
  const measured = countCheck(facts({ host: hostFacts(true, 50), activation }));
  assert.is(measured.state, 'fail');
  assert.match(renderCheck(measured).detail, /2 more distinct clients needed.*0xC004F038/);
  assert.equal(measured.evidence.probes, ['kms:kms01']);
});

checks('key coverage: targets against the host keys, and a refusing measured response', () => {
  assert.is(keyCoverageCheck(facts()).state, 'not-run');
  const target = 'Windows 11 Enterprise';
  assert.is(keyCoverageCheck(facts({ targetOs: [target] })).state, 'not-run');
  assert.is(keyCoverageCheck(facts({ targetOs: [target], coverage: [{ target, host: 'kms01', covered: true, key: 'k' }] })).state, 'pass');
  assert.is(keyCoverageCheck(facts({ targetOs: [target], coverage: [{ target, host: 'kms01', covered: false, key: 'k' }] })).state, 'fail');
  assert.is(keyCoverageCheck(facts({ targetOs: [target], coverage: [{ target, host: 'kms01', covered: null, key: null }] })).state, 'warn');
  // Covered only by the KMS protocol, not listed by Microsoft's planning matrix: warn, never pass silently.
  const unlisted = keyCoverageCheck(facts({ targetOs: [target], coverage: [{ target, host: 'kms01', covered: true, listed: false, key: 'Windows Server 2019' }] }));
  assert.is(unlisted.state, 'warn');
  assert.match(renderCheck(unlisted).detail, 'planning matrix does not list');
  assert.is(
    keyCoverageCheck(
      facts({
        targetOs: [target],
        coverage: [
          { target, host: 'kms01', covered: true, listed: false, key: 'a' },
          { target, host: 'kms02', covered: true, listed: true, key: 'b' },
        ],
      }),
    ).state,
    'pass',
  );
  const refused = { product: { name: target }, probe: { id: 'kms:x' }, response: { hresult: '0xC004F042', currentCount: null } } as unknown as ActivationSection;
  assert.is(keyCoverageCheck(facts({ activation: refused })).state, 'fail');
});

checks('clock: 4 hours between client and host snapshots', () => {
  const host = { name: 'kms01', file: 'kms01.json', clockUtc: '2026-01-01T12:00:00Z', firewall: undefined };
  assert.is(clockCheck(facts({ hostSnapshots: [host] })).state, 'not-run');
  assert.is(clockCheck(facts({ hostSnapshots: [host], clientSnapshots: [{ name: 'pc1', file: 'pc1.json', clockUtc: '2026-01-01T15:59:00Z' }] })).state, 'pass');
  const skewed = clockCheck(facts({ hostSnapshots: [host], clientSnapshots: [{ name: 'pc1', file: 'pc1.json', clockUtc: '2026-01-01T16:01:00Z' }] }));
  assert.is(skewed.state, 'fail');
  assert.match(renderCheck(skewed).detail, /pc1 vs kms01 4\.0 h/);
});

checks('firewall: not-run when the snapshot has no firewall field, fail disabled, warn unknown, pass enabled', () => {
  const host = (firewall: ReadinessFacts['hostSnapshots'][number]['firewall']) => ({ name: 'kms01', file: 'kms01.json', clockUtc: null, firewall });
  assert.is(firewallCheck(facts()).state, 'not-run');
  assert.is(firewallCheck(facts({ hostSnapshots: [host(undefined)] })).state, 'not-run');
  assert.is(firewallCheck(facts({ hostSnapshots: [host({ kmsRuleEnabled: false, kmsRuleProfiles: [] })] })).state, 'fail');
  assert.is(firewallCheck(facts({ hostSnapshots: [host(null)] })).state, 'warn');
  const pass = firewallCheck(facts({ hostSnapshots: [host({ kmsRuleEnabled: true, kmsRuleProfiles: ['Domain'] })] }));
  assert.is(pass.state, 'pass');
  assert.match(renderCheck(pass).detail, /Domain/);
});

checks('firewallOf reads the new snapshot field defensively', () => {
  const base = {} as Snapshot;
  assert.is(firewallOf(base), undefined);
  assert.is(firewallOf({ ...base, firewall: null } as unknown as Snapshot), null);
  assert.equal(firewallOf({ ...base, firewall: { kmsRuleEnabled: true, kmsRuleProfiles: ['Domain', 3] } } as unknown as Snapshot), {
    kmsRuleEnabled: true,
    kmsRuleProfiles: ['Domain'],
  });
  assert.equal(firewallOf({ ...base, firewall: { kmsRuleEnabled: 'yes' } } as unknown as Snapshot), { kmsRuleEnabled: null, kmsRuleProfiles: [] });
});

checks('srv records: stale fails, not-intended or not-working warns, clean passes', () => {
  assert.is(srvHygieneCheck(facts()).state, 'not-run');
  const clean = connectivity([], [target('kms01.contoso.test', 'ready')]);
  assert.is(srvHygieneCheck(facts({ connectivity: clean })).state, 'pass');
  assert.is(srvHygieneCheck(facts({ connectivity: clean, expectHosts: ['kms02.contoso.test'] })).state, 'warn', 'a working host nobody intended is rogue');
  const stale = connectivity([], [target('kms01.contoso.test', 'ready'), target('old.contoso.test', 'unresolved')]);
  const failed = srvHygieneCheck(facts({ connectivity: stale, findings: [finding('srv/target-unresolvable', 'old.contoso.test')] }));
  assert.is(failed.state, 'fail');
  assert.equal(failed.evidence.findings, ['srv/target-unresolvable']);
  assert.is(srvHygieneCheck(facts({ connectivity: connectivity([], [target('kms01.contoso.test', 'ready'), target('web.contoso.test', 'not-kms')]) })).state, 'warn');
  assert.is(srvHygieneCheck(facts({ connectivity: clean, findings: [finding('publication/rogue-host')] })).state, 'warn');
});

checks('every check runs once, in order, with distinct ids', () => {
  const result = runReadinessChecks(facts());
  assert.is(result.length, READINESS_CHECKS.length);
  assert.is(new Set(result.map((c) => c.id)).size, result.length);
  assert.ok(result.every((c) => c.state === 'not-run'));
});

checks.run();

const formats = suite('readiness: report formats');

const HOSTILE = '<script>alert("x")</script> & </td>';
const sampleChecks: ReadinessCheck[] = [
  { id: 'discovery', title: 'Discovery', state: 'pass', detail: 'ok', evidence: { findings: [], probes: ['srv:a'] } },
  { id: 'reachability', title: 'Reachability', state: 'fail', detail: HOSTILE, evidence: { findings: ['tcp/kms-port-closed'], probes: [] } },
  { id: 'count', title: 'Count', state: 'warn', detail: 'close', evidence: { findings: [], probes: [] } },
  { id: 'firewall', title: 'Firewall', state: 'not-run', detail: 'no field', evidence: { findings: [], probes: [] } },
];

function report(failOn: Severity = 'error', checks = sampleChecks) {
  return buildReadinessReport({
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    input: { domains: [DOMAIN] },
    checks,
    findings: [finding('tcp/kms-port-closed', 'kms02')],
    failOn,
    notes: [HOSTILE],
  });
}

const exitCode = (checks: ReadinessCheck[], failOn: Severity) => report(failOn, checks).summary.exitCode;

formats('exit code: failed checks by default, warning checks too with --fail-on warning, not-run never; findings alone do not decide', () => {
  assert.is(exitCode(sampleChecks, 'error'), 1);
  assert.is(
    exitCode(
      sampleChecks.filter((c) => c.state !== 'fail'),
      'error',
    ),
    0,
  );
  assert.is(
    exitCode(
      sampleChecks.filter((c) => c.state !== 'fail'),
      'warning',
    ),
    1,
  );
  assert.is(
    exitCode(
      sampleChecks.filter((c) => c.state === 'not-run' || c.state === 'pass'),
      'warning',
    ),
    0,
  );
});

formats('json validates against the report schema (readiness kind)', () => {
  const parsed = JSON.parse(renderReadiness(report(), 'json'));
  assert.equal(reportSchemaErrors(parsed), []);
  assert.equal(parsed.summary, {
    errors: 1,
    warnings: 0,
    infos: 0,
    probes: 0,
    verdict: 'fail',
    failOn: 'error',
    exitCode: 1,
    pass: 1,
    warn: 1,
    fail: 1,
    notRun: 1,
    worstCheck: 'fail',
  });
  assert.ok(reportSchemaErrors({ ...parsed, checks: [{ ...parsed.checks[0], state: 'maybe' }] }).length > 0, 'the schema rejects an unknown state');
});

formats('html: self-contained, balanced, escaped, states in words and colours', () => {
  const html = renderReadiness(report(), 'html');
  assert.equal(htmlProblems(html), []);
  assert.not.match(html, /<script/i);
  assert.match(html, /&lt;script&gt;/);
  for (const word of ['PASS', 'WARN', 'FAIL', 'NOT RUN']) assert.match(html, new RegExp(`>${word}<`));
  assert.match(html, /\.s-fail\{color:#[0-9a-f]{6};background:#[0-9a-f]{6}\}/);
  assert.ok(htmlProblems('<p><b>x</p></b>').length > 0, 'the checker itself catches crossed tags');
});

formats('junit: one suite, one test case per check, failures and skips counted', () => {
  const plain = junitCounts(renderReadiness(report('error'), 'junit'));
  assert.equal(plain, { suites: 1, tests: 4, failures: 1, skipped: 1, declared: { tests: 4, failures: 1, skipped: 1 }, warningFailures: 0 });
  const strict = junitCounts(renderReadiness(report('warning'), 'junit'));
  assert.equal(strict, { suites: 1, tests: 4, failures: 2, skipped: 1, declared: { tests: 4, failures: 2, skipped: 1 }, warningFailures: 1 });
});

formats('markdown and human: every check with its state word, pipes escaped', () => {
  const md = renderReadiness(report(), 'markdown');
  assert.match(md, /\| \*\*FAIL\*\* \| Reachability \| &lt;script&gt;/);
  assert.not.match(md, /<script/);
  const human = renderReadiness(report(), 'human');
  for (const word of ['PASS', 'WARN', 'FAIL', 'NOT RUN']) assert.match(human, new RegExp(`\\b${word}\\b`));
  assert.match(human, /Verdict: FAIL/);
});

formats.run();
