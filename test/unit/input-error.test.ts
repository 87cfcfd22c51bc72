/**
 * Usage errors about the input (one line, exit 2) worded by the catalog: English as the error's
 * message, and the report runner says the same line in the run's language before anything is probed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { inputError, sayInLanguage } from '../../src/catalog/input-error.js';
import { render } from '../../src/catalog/render.js';
import { loadClientFacts } from '../../src/client/load-client.js';
import { runConnectivityReport } from '../../src/commands/connectivity-report.js';
import { UsageError } from '../../src/core/usage-error.js';
import { CmidFileError, installationCmid } from '../../src/kms/policy.js';
import { findProduct } from '../../src/kms/products.js';
import { readReadinessFiles } from '../../src/readiness/collect.js';
import { JAPANESE } from '../helpers/english-runs.js';
import { runCli } from '../helpers/run-cli.js';

const test = suite('usage errors from the catalog');

test('an input error is a UsageError in English that keeps its message id and args', () => {
  const error = inputError('input-error.empty', { path: 'a.txt' });
  assert.instance(error, UsageError);
  assert.is(error.message, '"a.txt" is empty');
  assert.equal(error.said, { id: 'input-error.empty', args: { path: 'a.txt' } });
});

test('said in another language: the same message, in its words; other errors pass as they are', () => {
  const japanese = sayInLanguage(inputError('input-error.empty', { path: 'a.txt' }), 'ja') as UsageError;
  assert.instance(japanese, UsageError);
  assert.is(japanese.message, '"a.txt" は空です');
  assert.equal(japanese.said, { id: 'input-error.empty', args: { path: 'a.txt' } });
  const plain = new UsageError('--timeout "x" must be a whole number');
  assert.is(sayInLanguage(plain, 'ja'), plain);
  const internal = new Error('boom');
  assert.is(sayInLanguage(internal, 'ja'), internal);
});

test("a loader's usage error names the options as the user typed them", async () => {
  const error = await loadClientFacts({ snapshot: 'a.json', dlv: 'b.txt' }).then(
    () => null,
    (e: unknown) => e as UsageError,
  );
  assert.instance(error, UsageError);
  assert.is(error!.said?.id, 'input-error.snapshot-and-dlv');
  assert.match(error!.message, '--snapshot');
  assert.match((sayInLanguage(error, 'ja') as Error).message, /--snapshot と --dlv/);
});

test("the report runner says a bad input in the run's language, before anything is probed", async () => {
  const run = (locale: 'en' | 'ja') =>
    runConnectivityReport({
      command: 'analyze',
      probing: null,
      output: { format: 'json', out: undefined, failOn: 'error', color: false, locale },
      load: async () => {
        throw inputError('input-error.several-dlv', { paths: ['a.txt', 'b.txt'] });
      },
    }).then(
      () => null,
      (e: unknown) => e as Error,
    );
  const [english, japanese] = [await run('en'), await run('ja')];
  assert.is(english?.message, 'several slmgr /dlv texts given (a.txt, b.txt); analyze one client at a time');
  assert.ok(japanese && JAPANESE.test(japanese.message), japanese?.message);
  assert.match(japanese!.message, 'a.txt、b.txt');
});

test('readiness inputs, the stored CMID and the product table: catalog messages, in English and in Japanese', async () => {
  const notHost = await readReadinessFiles({ clientSnapshots: [], hostSnapshots: ['samples/snapshots/client-dns-discovery-ok.json'], kmsLogs: [] }).then(
    () => null,
    (e: unknown) => e as UsageError,
  );
  assert.is(notHost?.said?.id, 'usage-error.readiness.host-not-kms');
  assert.is(notHost?.message, '--host-snapshot "samples/snapshots/client-dns-discovery-ok.json" is not a KMS host\'s snapshot (IsKeyManagementServiceMachine is not set)');
  assert.is(
    (sayInLanguage(notHost, 'ja') as Error).message,
    '--host-snapshot "samples/snapshots/client-dns-discovery-ok.json" は KMS ホストのスナップショットではありません (IsKeyManagementServiceMachine が設定されていません)',
  );
  const notLog = await readReadinessFiles({ clientSnapshots: [], hostSnapshots: [], kmsLogs: ['samples/snapshots/client-dns-discovery-ok.json'] }).then(
    () => null,
    (e: unknown) => e as UsageError,
  );
  assert.is(notLog?.said?.id, 'usage-error.readiness.log-not-events');
  assert.ok(JAPANESE.test((sayInLanguage(notLog, 'ja') as Error).message));

  const dir = mkdtempSync(join(tmpdir(), 'kmsdoctor-cmid-'));
  try {
    writeFileSync(join(dir, 'cmid'), 'not a uuid\n');
    let error: CmidFileError | undefined;
    try {
      installationCmid(dir);
    } catch (caught) {
      error = caught as CmidFileError;
    }
    assert.instance(error, CmidFileError);
    assert.is(error!.said.id, 'usage-error.cmid.not-uuid');
    assert.is(error!.message, render(error!.said));
    assert.match(render(error!.said, 'ja'), /UUID がありません \("not a uuid"\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const unknown = findProduct('Windows 99');
  assert.ok(!unknown.ok && render(unknown.reason) === 'unknown product "Windows 99"');
  const noId = findProduct('00000000-0000-0000-0000-000000000001');
  assert.ok(!noId.ok && /^SKU ID または KMS カウント ID が 00000000-0000-0000-0000-000000000001 の製品は表にありません$/.test(render(noId.reason, 'ja')));
});

test("readiness --target-os with an unknown product: one line in the command line's language, nothing probed", async () => {
  const japanese = await runCli(['readiness', '--domain', 'corp.test', '--target-os', 'Windows 99', '--lang', 'ja']);
  assert.is(japanese.exitCode, 2);
  assert.is(japanese.stderr.trim(), 'kmsdoctor: --target-os: 不明な製品 "Windows 99"');
  const english = await runCli(['readiness', '--domain', 'corp.test', '--target-os', 'Windows 99']);
  assert.is(english.stderr.trim(), 'kmsdoctor: --target-os: unknown product "Windows 99"');
});

test.run();
