/**
 * `kmsdoctor analyze` end to end on the inputs a customer really sends (built CLI, offline): a
 * healthy client exits 0, each failing case exits 1 with its finding, and a file in which nothing
 * is recognised — garbage, binary, a device, an export without one activation event — exits 2
 * with one line naming it, never "No findings". Needs `npm run build`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import type { Report } from '../../src/report/report.js';
import { runCli } from '../helpers/run-cli.js';

const sample = (path: string) => join(PACKAGE_ROOT, 'samples', path);
const dir = mkdtempSync(join(tmpdir(), 'kmsd-analyze-'));

async function analyzeJson(...args: string[]): Promise<{ exitCode: number; report: Report; ids: string[] }> {
  const run = await runCli(['analyze', ...args, '--json']);
  assert.is(run.stderr, '', 'nothing on stderr');
  const report = JSON.parse(run.stdout) as Report;
  return { exitCode: run.exitCode, report, ids: report.findings.map((finding) => `${finding.ruleId}:${finding.severity}`) };
}

const verdicts = suite('analyze: verdicts on realistic inputs');

verdicts('a healthy English /dlv: exit 0, and the client facts are in the report', async () => {
  const { exitCode, report, ids } = await analyzeJson(sample('dlv/client-en.txt'));
  assert.equal(ids, []);
  assert.is(exitCode, 0);
  const kms = report.client!.kms;
  assert.is(kms.cmid.value, '3b1d1b3c-5c8e-4c4e-9d2a-6f0e2b7a1c44');
  assert.equal(kms.host.value, { name: 'kms01.contoso.com', port: 1688, source: 'dns' });
  assert.is(kms.hostIp.value, '192.0.2.10');
  assert.is(kms.hostEpid.value?.build, 17763);
  assert.is(kms.renewalIntervalMinutes.value, 10080);
});

verdicts('/dlv all with Office in grace and renewals failing (UTF-16LE as PowerShell 5.1 writes it): exit 1, each product judged', async () => {
  const { exitCode, report, ids } = await analyzeJson(sample('dlv/client-en-all-office-utf16.txt'));
  assert.equal(ids, ['client/product-not-licensed:error', 'client/renewal-overdue:warning']);
  assert.is(exitCode, 1);
  assert.equal(
    report.client!.products.map((p) => [p.kind, p.primary, p.licenseStatus, p.gracePeriodRemainingDays]),
    [
      ['windows', true, 1, 30],
      ['add-on', false, 1, null],
      ['office', false, 2, 3],
    ],
  );
});

verdicts('a snapshot whose ESU add-on comes first and whose Office is in grace: the Windows product is primary, Office fails, exit 1', async () => {
  const { exitCode, report, ids } = await analyzeJson(sample('snapshots/client-office-grace-esu.json'));
  assert.ok(ids.includes('client/product-not-licensed:error'), ids.join(', '));
  assert.is(report.client!.product?.name, 'Windows(R), Enterprise edition');
  assert.is(exitCode, 1);
});

verdicts('cp932 /dlv (cmd.exe redirection on Japanese Windows) with its slmgr.ini: read completely, exit 0', async () => {
  const { exitCode, report } = await analyzeJson(sample('dlv/client-ja-cp932.txt'), '--slmgr-ini', sample('dlv/slmgr-0411.ini'));
  assert.is(exitCode, 0);
  assert.is(report.client!.products[0]!.gracePeriodRemainingMinutes, 259197);
  assert.is(report.client!.kms.host.value?.name, 'kms01.contoso.com');
});

verdicts('a not-yet-activated client: the unknown KMS facts say why', async () => {
  const { report } = await analyzeJson(sample('dlv/client-en-skms.txt'));
  assert.match(report.client!.kms.cmid.unknownReason ?? '', /only once the product is activated/);
});

const refusals = suite('analyze: nothing recognised is exit 2, one line');

async function refused(args: string[], ...mentions: string[]): Promise<void> {
  const run = await runCli(['analyze', ...args]);
  assert.is(run.exitCode, 2, run.stdout + run.stderr);
  assert.is(run.stdout, '');
  assert.is(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  for (const words of mentions) assert.ok(run.stderr.includes(words), `${run.stderr} should mention ${words}`);
}

refusals('a text file that is not slmgr output', async () => {
  const path = join(dir, 'shopping.txt');
  writeFileSync(path, 'eggs\nmilk\nbread\n');
  await refused([path], `${path}: nothing in it was recognised`, 'slmgr /dlv');
});

refusals('binary data, a device, a directory', async () => {
  const path = join(dir, 'random.bin');
  writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  await refused([path], `${path}: not a text file`);
  await refused(['/dev/zero'], '/dev/zero: not a regular file (a device)');
  await refused([dir], 'not a regular file (a directory)');
  await refused([sample('dlv/client-en.txt'), '--slmgr-ini', '/dev/urandom'], '/dev/urandom: not a regular file');
});

refusals('an event export without a single activation event', async () => {
  const path = join(dir, 'app.xml');
  writeFileSync(
    path,
    '<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Application Error"/><EventID>1000</EventID><TimeCreated SystemTime="2025-03-01T10:00:00.000Z"/><EventRecordID>7</EventRecordID><Channel>Application</Channel><Computer>pc</Computer></System><EventData><Data>x</Data></EventData></Event></Events>',
  );
  await refused([path], 'nothing to judge', 'no activation event');
});

verdicts.run();
refusals.run();
