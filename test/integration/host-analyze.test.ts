/**
 * KMS host analysis end to end: the 12290 log streamed in a child process with a capped heap
 * (bounded memory as a hard property, no timing assertions), and `kmsdoctor analyze` on the host
 * samples with a schema-valid JSON report.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '../../src/report/report.js';
import { generate12290 } from '../helpers/generate-12290.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { type CliRun, REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/scratch-dir.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('../helpers/kms-log-child.ts', import.meta.url));
const sample = (path: string) => join(REPO_ROOT, 'samples', path);
const KMS01_LOG = sample('events/host-12290-wevtutil.xml');
const KMS02_LOG = sample('host/kms02-12290-get-winevent.json');

const memory = suite('host: 12290 log streamed in bounded memory');
const scratch = scratchDir(memory, 'kmsd-host-log-');

memory('200,000 events through analyzeKmsLog with a 48 MB heap', async () => {
  const path = join(scratch(), 'kms-200k.xml');
  const expected = await generate12290(path, 200_000);
  const { stdout } = await run(process.execPath, ['--max-old-space-size=48', '--import', 'tsx', CHILD, path], { cwd: REPO_ROOT, maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout) as Record<string, unknown>;
  assert.is(r.hostRequests, expected.events);
  assert.is(r.distinctClients, expected.distinctCmids);
  assert.equal(r.byMinimumCount, { '25': 1780, '5': 200, unknown: 0 });
  assert.is(r.estimatedCount, 50, 'the count never exceeds 50');
  assert.is(r.duplicateCmids, expected.duplicateCmids);
  assert.equal(r.duplicateNames, ['srv00000.contoso.com', 'ws00001.contoso.com']);
  assert.equal(r.notServed, [['0xC004F042', expected.idMismatch]]);
  assert.is(r.clockSkew, expected.invalidTimestamp);
  assert.ok(Math.abs((r.skewMinutes as number) - 300) <= 1, String(r.skewMinutes));
  assert.is(r.newest, '2025-03-12T12:00:00.000Z');
});

memory.run();

const cli = suite('host: kmsdoctor analyze on the host samples');

function reportOf(result: CliRun, label: string): Report {
  let value: Report;
  try {
    value = JSON.parse(result.stdout) as Report;
  } catch {
    throw new Error(`${label}: not JSON (exit ${result.exitCode}): ${result.stdout.slice(0, 500)} ${result.stderr.slice(0, 500)}`);
  }
  assert.equal(reportSchemaErrors(value), [], `${label}: schema-valid`);
  assert.is(result.stderr, '', `${label}: nothing on stderr`);
  return value;
}

const ids = (value: Report) => value.findings.map((finding) => finding.ruleId);

cli('the kms01 12290 export alone: a host section, no client, the three host findings (no count finding: a client needing 25 was answered 0x0 while Licensed)', async () => {
  const result = await runCli(['analyze', KMS01_LOG, '--json']);
  const value = reportOf(result, 'kms01 log');
  assert.is(value.client, undefined);
  const [host] = value.host!.hosts;
  assert.is(host!.name, 'kms01.contoso.com');
  assert.is(host!.log!.hostRequests, 6);
  assert.is(host!.log!.window.distinctClients, 5);
  assert.equal(host!.log!.duplicateCmids[0]!.clientNames, ['ws0217.contoso.com', 'ws0218.contoso.com']);
  assert.equal(ids(value).sort(), ['host/client-clock-skew', 'host/duplicate-cmid', 'host/product-not-covered']);
  assert.is(host!.log!.window.licensedAnswered['25'], 1);
  assert.is(result.exitCode, 1);
});

cli('the host snapshot and the kms01 log are one host; the snapshot is still analysed as a machine', async () => {
  const result = await runCli(['analyze', sample('snapshots/kms-host-publish-list.json'), KMS01_LOG, '--json']);
  const value = reportOf(result, 'snapshot+log');
  assert.is(value.client!.computer, 'KMS01');
  assert.is(value.host!.hosts.length, 1);
  const host = value.host!.hosts[0]!;
  assert.equal(host.files.length, 2);
  assert.is(host.health!.licensed, true);
  assert.equal(
    host.health!.products.map((p) => [p.application, p.currentCount]),
    [
      ['windows', 42],
      ['office', 7],
    ],
  );
  assert.is(host.health!.listeningPort, 1688);
  assert.is(host.health!.dnsPublishing, true);
  assert.equal(
    host.coverage.map((c) => c.key),
    ['Windows Server 2022', 'Office 2016'],
  );
  assert.is(host.log!.hostRequests, 6, "the given log, not the snapshot's own three 12290s");
  assert.not.ok(ids(value).includes('host/count-below-threshold'), 'count 42 from the host itself');
  assert.ok(ids(value).includes('host/duplicate-cmid'));
});

cli('two host logs: the count is split (no host reaches 25 although 25 distinct clients tried)', async () => {
  const result = await runCli(['analyze', KMS01_LOG, KMS02_LOG, '--json']);
  const value = reportOf(result, 'two logs');
  assert.equal(
    value.host!.hosts.map((h) => [h.name, h.log!.window.distinctClients]),
    [
      ['kms01.contoso.com', 5],
      ['kms02.emea.contoso.com', 20],
    ],
  );
  assert.is(value.host!.split!.combinedDistinctClients, 25);
  assert.is(value.host!.split!.split, true);
  const split = value.findings.find((finding) => finding.ruleId === 'host/count-split');
  assert.ok(split, ids(value).join(', '));
  assert.match(split!.message, 'no host reaches 25 although 25 distinct clients tried');
});

cli('host /dlv text with --target-os: the key (from its ePID) cannot activate Windows Server 2025', async () => {
  const result = await runCli(['analyze', sample('dlv/host-en.txt'), '--target-os', 'Windows Server 2025 Standard', '--json']);
  const value = reportOf(result, 'dlv');
  const host = value.host!.hosts[0]!;
  assert.is(value.host!.targetProduct, 'Windows Server 2025 Standard');
  assert.equal(
    host.health!.products.map((p) => [p.currentCount, p.licensed]),
    [
      [50, true],
      [12, true],
    ],
  );
  assert.is(host.health!.requests!.failed, 5);
  assert.equal(
    host.coverage.map((c) => [c.key, c.keySource, c.target?.covered]),
    [
      ['Windows Server 2019', 'epid', false],
      ['Office 2016', 'activation-id', false],
    ],
  );
  assert.match(value.findings.find((f) => f.ruleId === 'host/product-not-covered')!.message, '0xC004F042');
  assert.ok(ids(value).includes('host/product-not-covered'));
  const ok = reportOf(await runCli(['analyze', sample('dlv/host-en.txt'), '--target-os', 'Windows 11 Enterprise', '--json']), 'dlv win11');
  assert.not.ok(ids(ok).includes('host/product-not-covered'), 'a 2019 key still activates Windows 11 (same KMS group): a warning, not a refusal');
});

cli('an unknown --target-os is a one-line usage error', async () => {
  const result = await runCli(['analyze', sample('dlv/host-en.txt'), '--target-os', 'Windows 99']);
  assert.ok(result.exitCode !== 0 && result.exitCode !== 1, `exit ${result.exitCode}`);
  assert.match(result.stderr, '--target-os: unknown product "Windows 99"');
});

cli('the human view has a host section', async () => {
  const result = await runCli(['analyze', KMS01_LOG]);
  assert.match(result.stdout, 'KMS host kms01.contoso.com');
  assert.match(result.stdout, 'duplicate CMIDs: 5f0c2b8e-7d41-4a93-b6e2-1c9a0f3d8e57 (ws0217.contoso.com, ws0218.contoso.com)');
});

cli('a host /dlv text alone: host facts only, no client block stamped with the analysis time; healthy exits 0', async () => {
  const result = await runCli(['analyze', sample('dlv/host-en.txt'), '--json']);
  const value = reportOf(result, 'host dlv');
  assert.is(value.client, undefined);
  assert.is(value.host!.hosts.length, 1);
  assert.equal(ids(value), []);
  assert.is(result.exitCode, 0);
  const human = await runCli(['analyze', sample('dlv/host-en.txt')]);
  assert.not.match(human.stdout, /^Client /m);
});

cli('a new host with /cdns on port 1690 and count 3 exits 1: publishing and both thresholds said', async () => {
  const result = await runCli(['analyze', sample('dlv/host-en-cdns-new.txt'), '--json']);
  const value = reportOf(result, 'cdns dlv');
  assert.is(value.client, undefined);
  assert.equal(ids(value).sort(), ['host/count-below-threshold', 'host/dns-publishing-disabled']);
  const count = value.findings.find((f) => f.ruleId === 'host/count-below-threshold')!;
  assert.match(count.message, 'Windows Server: 2 more');
  assert.match(count.message, 'Windows client editions: 22 more');
  assert.is(result.exitCode, 1);
});

cli('host /dlv text and its 12290 export: one host; "at least N distinct clients in this window" in the human view', async () => {
  const result = await runCli(['analyze', sample('dlv/host-en.txt'), KMS01_LOG]);
  assert.match(result.stdout, /KMS host kms01\.contoso\.com \(.*host-en\.txt, .*host-12290-wevtutil\.xml\)/);
  assert.match(result.stdout, 'at least 5 distinct clients in this window (from 2025-03-12T');
  assert.match(result.stdout, 'virtual machines (VM flag 1): 2');
  assert.not.match(result.stdout, 'host/count-below-threshold');
  assert.not.match(result.stdout, 'host/count-split');
});

cli('a 2019 host with the 2022 key: Windows Server 2025 is refused (0xC004F042, exit 1); Windows 11 on a 2019 key is a warning (exit 0)', async () => {
  const refused = await runCli(['analyze', sample('dlv/host-en-ws2019-csvlk2022.txt'), '--target-os', 'Windows Server 2025 Standard', '--json']);
  const value = reportOf(refused, 'ws2019 host, 2025 target');
  assert.equal(ids(value).sort(), ['host/product-not-covered']);
  assert.match(value.findings[0]!.message, '0xC004F042');
  const [host] = value.host!.hosts;
  assert.equal(
    host!.coverage.map((c) => c.target),
    [{ product: 'Windows Server 2025 Standard', covered: false, listed: false, protocol: false }],
  );
  assert.equal(host!.updates, { hostOs: 'Windows Server 2019', serviceVersion: '10.0.17763.1', checks: [] });
  assert.is(refused.exitCode, 1);
  const own = reportOf(await runCli(['analyze', sample('dlv/host-en-ws2019-csvlk2022.txt'), '--json']), 'ws2019 host');
  assert.equal(
    own.host!.hosts[0]!.updates!.checks.map((c) => [c.kb, c.verdict]),
    [['KB5003646', 'not-shown']],
  );
  const unlisted = await runCli(['analyze', sample('dlv/host-en.txt'), '--target-os', 'Windows 11 Enterprise', '--json']);
  assert.equal(ids(reportOf(unlisted, 'win11 on 2019 key')), ['host/product-not-in-matrix']);
  assert.is(unlisted.exitCode, 0);
  const human = await runCli(['analyze', sample('dlv/host-en.txt'), '--target-os', 'Windows 11 Enterprise']);
  assert.match(human.stdout, 'Windows 11 Enterprise: activated by the KMS protocol, NOT listed by the planning matrix');
  assert.match(human.stdout, "Office 2016 — Windows 11 Enterprise: not this key's product (another key of the host answers it)");
  const updates = await runCli(['analyze', sample('dlv/host-en-ws2019-csvlk2022.txt')]);
  assert.match(updates.stdout, 'required update KB5003646 (for Windows Server 2022): NOT shown by the version');
});

cli('a host snapshot whose Key Management Service log is full (Retain) exits 1 with host/kms-log-short', async () => {
  const result = await runCli(['analyze', sample('host/kms03-log-full-snapshot.json'), '--json']);
  const value = reportOf(result, 'kms03 log full');
  assert.ok(ids(value).includes('host/kms-log-short'), ids(value).join(', '));
  assert.is(value.host!.hosts[0]!.health!.kmsLog!.logMode, 'Retain');
  assert.is(result.exitCode, 1);
  const healthy = await runCli(['analyze', sample('snapshots/kms-host-publish-list.json'), '--json']);
  assert.not.ok(ids(reportOf(healthy, 'kms01 snapshot')).includes('host/kms-log-short'), 'kmsLog null: nothing to judge');
});

cli.run();
