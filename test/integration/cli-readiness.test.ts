/**
 * `kmsdoctor readiness` end to end: the built CLI against the built-in lab (loopback only), every
 * format rendered and validated, --out written atomically, bad input exit 2.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Lab, startLab } from '../../src/lab/lab.js';
import type { ReadinessReport } from '../../src/report/readiness.js';
import { labReadinessArgs } from '../helpers/lab-readiness-args.js';
import { htmlProblems, junitCounts } from '../helpers/page-checks.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const HOST_SNAPSHOT = 'samples/snapshots/kms-host-publish-list.json';
const CLIENT_SNAPSHOT = 'samples/snapshots/client-dns-discovery-ok.json';

const cli = suite('cli: readiness against the lab');
let lab: Lab;
let scratch = '';
cli.before(async () => {
  lab = await startLab();
  scratch = mkdtempSync(join(tmpdir(), 'kmsd-readiness-'));
});
cli.after(async () => {
  await lab.close();
  rmSync(scratch, { recursive: true, force: true });
});

const labArgs = () => labReadinessArgs(lab, '--host-snapshot', HOST_SNAPSHOT, '--timeout', '2000');

/** What the sample host snapshot's firewall field (added by the collector) should make of the firewall check. */
function expectedFirewallState(): string {
  const firewall = (JSON.parse(readFileSync(join(REPO_ROOT, HOST_SNAPSHOT), 'utf8')) as { firewall?: { kmsRuleEnabled?: boolean | null } | null }).firewall;
  if (firewall === undefined) return 'not-run';
  if (firewall === null || firewall.kmsRuleEnabled == null) return 'warn';
  return firewall.kmsRuleEnabled ? 'pass' : 'fail';
}

cli('json: the check states the lab must produce, schema-valid, exit 1 (stale record fails)', async () => {
  const run = await runCli([...labArgs(), '--target-os', 'Windows 11 Enterprise', '--format', 'json']);
  assert.is(run.exitCode, 1, run.stderr);
  const report = JSON.parse(run.stdout) as ReadinessReport;
  assert.equal(reportSchemaErrors(report), []);
  const state = Object.fromEntries(report.checks.map((c) => [c.id, c.state]));
  assert.equal(state, {
    discovery: 'warn', // kms02 (port closed) shares priority 0 with the intended kms01
    reachability: 'pass', // kms01 answers on its SRV port and takes the RPC bind
    'host-licensed': 'pass',
    count: 'pass', // the snapshot reports 42
    'key-coverage': 'pass', // a Windows Server 2022 host key covers Windows 11 Enterprise
    clock: 'not-run', // no client snapshot
    firewall: expectedFirewallState(),
    'srv-records': 'fail', // kms-old has no address; kms02 and web01 do not work
  });
  const srv = report.checks.find((c) => c.id === 'srv-records')!;
  assert.ok(srv.evidence.findings.includes('srv/target-unresolvable'));
  assert.match(srv.detail, /kms-old\.lab\.kms-doctor\.test/);
  const reach = report.checks.find((c) => c.id === 'reachability')!;
  assert.ok(
    reach.evidence.probes.some((id) => id.startsWith('rpc:kms01.lab.kms-doctor.test')),
    reach.evidence.probes.join(', '),
  );
  assert.is(report.summary.exitCode, 1);
});

cli('a client snapshot adds its clock; an unlisted intended host is probed directly and fails reachability', async () => {
  const run = await runCli([...labArgs(), '--client-snapshot', CLIENT_SNAPSHOT, '--expect-host', `kms09.${lab.domain}`, '--format', 'json']);
  assert.is(run.exitCode, 1, run.stderr);
  const report = JSON.parse(run.stdout) as ReadinessReport;
  assert.equal(reportSchemaErrors(report), []);
  const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
  assert.is(byId.reachability!.state, 'fail');
  assert.match(byId.reachability!.detail, /kms09\.lab\.kms-doctor\.test:1688 \(unresolved\)/);
  assert.ok(['pass', 'fail'].includes(byId.clock!.state), byId.clock!.detail);
  assert.is(byId['key-coverage']!.state, 'not-run', 'no --target-os');
});

cli('every format, written atomically with --out', async () => {
  for (const format of ['human', 'json', 'markdown', 'html', 'junit']) {
    const out = join(scratch, `readiness.${format}`);
    const run = await runCli([...labArgs(), '--format', format, '--out', out]);
    assert.is(run.exitCode, 1, `${format}: ${run.stderr}`);
    assert.is(run.stdout, '', 'with --out nothing goes to stdout');
    const text = readFileSync(out, 'utf8');
    if (format === 'json') assert.equal(reportSchemaErrors(JSON.parse(text)), []);
    if (format === 'html') assert.equal(htmlProblems(text), []);
    if (format === 'markdown') assert.match(text, /^# KMS readiness report/);
    if (format === 'human') assert.match(text, /Verdict: FAIL/);
    if (format === 'junit') {
      const counts = junitCounts(text);
      assert.is(counts.suites, 1);
      assert.is(counts.tests, 8);
      assert.equal([counts.failures, counts.skipped], [counts.declared.failures, counts.declared.skipped]);
      assert.is(counts.tests, counts.declared.tests);
      assert.ok(counts.failures >= 1);
      assert.ok(counts.skipped >= 1, 'the clock check did not run');
    }
  }
  assert.equal(
    readdirSync(scratch).filter((name) => name.endsWith('.tmp')),
    [],
    'no temporary file is left behind',
  );
});

cli('--out into a missing folder: exit 2, no file', async () => {
  const out = join(scratch, 'missing', 'r.json');
  const run = await runCli([...labArgs(), '--format', 'json', '--out', out]);
  assert.is(run.exitCode, 2);
  assert.match(run.stderr, /--out/);
  assert.not.ok(existsSync(out));
});

cli.run();

const bad = suite('cli: readiness bad input exits 2');

const CASES: Array<{ label: string; args: string[]; says: RegExp }> = [
  { label: 'no domain and no client snapshot', args: ['readiness'], says: /--domain/ },
  { label: 'unknown format', args: ['readiness', '--domain', 'contoso.test', '--format', 'pdf'], says: /format/ },
  { label: 'unknown target OS', args: ['readiness', '--domain', 'contoso.test', '--target-os', 'Windows 99'], says: /--target-os/ },
  { label: 'missing host snapshot', args: ['readiness', '--domain', 'contoso.test', '--host-snapshot', 'no-such-file.json'], says: /no-such-file/ },
  { label: 'a client snapshot given as the host', args: ['readiness', '--domain', 'contoso.test', '--host-snapshot', CLIENT_SNAPSHOT], says: /not a KMS host/ },
  { label: 'bad timeout', args: ['readiness', '--domain', 'contoso.test', '--timeout', '0'], says: /--timeout/ },
  { label: '--product without --activation-request', args: ['readiness', '--domain', 'contoso.test', '--product', 'Windows 11 Enterprise'], says: /--activation-request/ },
  { label: 'bad --fail-on', args: ['readiness', '--domain', 'contoso.test', '--fail-on', 'bogus'], says: /fail-on/ },
];

for (const { label, args, says } of CASES) {
  bad(label, async () => {
    const run = await runCli(args);
    assert.is(run.exitCode, 2, `${run.stdout}${run.stderr}`);
    assert.match(run.stderr, says);
    assert.is(run.stdout, '');
  });
}

bad.run();
