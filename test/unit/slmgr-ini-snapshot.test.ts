/**
 * The machine's own slmgr.ini kept in a snapshot (`slmgrIni`, written by the collector) as the ini
 * source of `--slmgr-ini`: readSlmgrIniOrSnapshot gives the same labels as the ini file itself, so
 * the Japanese /dlv sample reads the same either way, through the library and the built CLI
 * (`npm run build` first). Also: snapshots that hold no slmgr.ini, and `analyze` given a snapshot
 * together with /dlv text (the snapshot wins, the text is set aside with a note).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadAnalyzeInputs } from '../../src/client/load-analyze-inputs.js';
import { loadClientFacts } from '../../src/client/load-client.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { UsageError } from '../../src/core/usage-error.js';
import { parseSlmgrIni, readSlmgrIni, readSlmgrIniOrSnapshot } from '../../src/dlv/ini.js';
import { parseDlv, readDlvText } from '../../src/dlv/parse-dlv.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { runCli } from '../helpers/run-cli.js';
import { notesSaid } from '../helpers/said.js';
import { scratchDir } from '../helpers/scratch-dir.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const INI_FILE = join(PACKAGE_ROOT, 'samples', 'dlv', 'slmgr-0411.ini');
const DLV_JA = join(PACKAGE_ROOT, 'samples', 'dlv', 'client-ja.txt');
const JA_SNAPSHOT = join(PACKAGE_ROOT, 'samples', 'snapshots', 'client-ja-with-ini.json');
const EN_SNAPSHOT = join(PACKAGE_ROOT, 'samples', 'snapshots', 'client-dns-discovery-ok.json');
const NOW = new Date('2025-01-20T08:00:00.000Z');

const loadJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Snapshot;

async function rejectsWith(run: () => Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await run();
  } catch (error) {
    assert.instance(error, UsageError);
    assert.match((error as Error).message, pattern);
    return;
  }
  assert.unreachable(`expected a UsageError matching ${pattern}`);
}

const reader = suite('readSlmgrIniOrSnapshot');
const dir = scratchDir(reader, 'kmsd-ini-snapshot-');
const tempFile = (name: string, content: string | Uint8Array) => {
  const path = join(dir(), name);
  writeFileSync(path, content);
  return path;
};

reader('the ja sample snapshot is valid and carries the sample slmgr.ini of its LANGID', () => {
  const snapshot = loadJson(JA_SNAPSHOT);
  assert.equal(snapshotSchemaErrors(snapshot), []);
  assert.is(snapshot.slmgrIni?.langId, '0411');
  assert.is(snapshot.slmgrIni?.path, 'C:\\Windows\\System32\\slmgr\\0411\\slmgr.ini');
});

reader('a snapshot with slmgrIni gives the same Map as parsing the ini file (keys, order and texts)', async () => {
  const fromSnapshot = await readSlmgrIniOrSnapshot(JA_SNAPSHOT);
  const fromFile = parseSlmgrIni(readFileSync(INI_FILE), INI_FILE);
  assert.equal([...fromSnapshot], [...fromFile]);
  assert.is(fromSnapshot.get('L_MsgKmsFromDns'), 'DNS の KMS コンピューター名: ');
});

reader('an ini file is read as before (UTF-16 and UTF-8)', async () => {
  assert.equal([...(await readSlmgrIniOrSnapshot(INI_FILE))], [...(await readSlmgrIni(INI_FILE))]);
  const utf8 = tempFile('slmgr-utf8.ini', '\uFEFF[Strings]\r\nL_MsgProductName="名前: "\r\n');
  assert.equal([...(await readSlmgrIniOrSnapshot(utf8))], [['L_MsgProductName', '名前: ']]);
});

reader("parseDlv of client-ja.txt with the snapshot's labels equals the result with the ini file", async () => {
  const text = await readDlvText(DLV_JA);
  const viaSnapshot = parseDlv(text, { ini: await readSlmgrIniOrSnapshot(JA_SNAPSHOT), now: NOW });
  const viaFile = parseDlv(text, { ini: await readSlmgrIni(INI_FILE), now: NOW });
  assert.equal(viaSnapshot, viaFile);
  assert.equal(viaSnapshot.unknownLines, []);
  assert.is(viaSnapshot.snapshot.products[0]?.gracePeriodRemainingMinutes, 259197);
  assert.is(viaSnapshot.snapshot.service?.hostCaching, true);
});

reader('a snapshot without an slmgr.ini (English machine, older collector) is a UsageError saying so', async () => {
  await rejectsWith(
    () => readSlmgrIniOrSnapshot(EN_SNAPSHOT),
    /client-dns-discovery-ok\.json: this kms-doctor snapshot holds no slmgr\.ini \(the machine's UI language is English, or it was collected by an older collector\)/,
  );
  const older = loadJson(EN_SNAPSHOT) as unknown as Record<string, unknown>;
  delete older.slmgrIni;
  const olderFile = tempFile('older-collector.json', JSON.stringify(older));
  await rejectsWith(() => readSlmgrIniOrSnapshot(olderFile), /older-collector\.json: this kms-doctor snapshot holds no slmgr\.ini/);
});

reader('other JSON, a cut-off snapshot and a missing file are UsageErrors naming the file', async () => {
  await rejectsWith(() => readSlmgrIniOrSnapshot(tempFile('other.json', '{"L_MsgProductName": "x"}')), /other\.json: JSON, but neither a slmgr\.ini nor a kms-doctor snapshot/);
  const cut = readFileSync(JA_SNAPSHOT, 'utf8').slice(0, 2000);
  await rejectsWith(() => readSlmgrIniOrSnapshot(tempFile('cut.json', cut)), /cut\.json" is not valid JSON/);
  await rejectsWith(() => readSlmgrIniOrSnapshot(join(dir(), 'missing.ini')), /missing\.ini: cannot read the slmgr\.ini \(no such file\)/);
});

const inputs = suite('client inputs: a snapshot as the slmgr.ini source, a snapshot with /dlv text');

inputs('loadClientFacts reads --dlv with --slmgr-ini SNAPSHOT like with the ini file', async () => {
  const viaSnapshot = await loadClientFacts({ dlv: DLV_JA, slmgrIni: JA_SNAPSHOT });
  const viaFile = await loadClientFacts({ dlv: DLV_JA, slmgrIni: INI_FILE });
  assert.ok(viaSnapshot && viaFile);
  assert.equal({ ...viaSnapshot.snapshot, collectedAt: '' }, { ...viaFile.snapshot, collectedAt: '' });
  assert.equal(viaSnapshot.snapshot.notes, []);
});

inputs('analyze with a client snapshot and /dlv text uses the snapshot and notes that the text was ignored', async () => {
  const client = await loadAnalyzeInputs([DLV_JA, JA_SNAPSHOT]);
  assert.ok(client);
  assert.equal(client.snapshot.sources, ['cim']);
  assert.is(client.snapshot.computer.name, 'TKY-PC017');
  assert.equal(notesSaid(client.snapshot), [`${DLV_JA}: slmgr /dlv text ignored: the snapshot ${JA_SNAPSHOT} holds the same facts`]);
  const withIni = await loadAnalyzeInputs([JA_SNAPSHOT, DLV_JA], INI_FILE);
  assert.ok(withIni);
  assert.equal(notesSaid(withIni.snapshot), [
    `${DLV_JA}: slmgr /dlv text ignored (and so is the slmgr.ini given to read it, ${INI_FILE}): the snapshot ${JA_SNAPSHOT} holds the same facts`,
  ]);
  assert.equal(notesSaid(withIni.snapshot, 'ja'), [
    `${DLV_JA}: slmgr /dlv のテキストは使用しませんでした (読み取り用に指定された slmgr.ini ${INI_FILE} も同様です)。スナップショット ${JA_SNAPSHOT} に同じ情報があります`,
  ]);
});

inputs('analyze takes --slmgr-ini SNAPSHOT for the /dlv text', async () => {
  const client = await loadAnalyzeInputs([DLV_JA], JA_SNAPSHOT);
  assert.equal(client?.snapshot.sources, ['slmgr-dlv']);
  assert.equal(client?.snapshot.notes, []);
  assert.is(client?.snapshot.service?.clientMachineId, '3b1d1b3c-5c8e-4c4e-9d2a-6f0e2b7a1c44');
});

const cli = suite('CLI: analyze --slmgr-ini SNAPSHOT (built CLI)');

cli('analyze client-ja.txt --slmgr-ini client-ja-with-ini.json --json reads every label', async () => {
  const run = await runCli(['analyze', 'samples/dlv/client-ja.txt', '--slmgr-ini', 'samples/snapshots/client-ja-with-ini.json', '--json']);
  assert.ok(run.exitCode === 0 || run.exitCode === 1, `exit ${run.exitCode}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    client: { sources: string[]; product: { name: string; gracePeriodRemainingMinutes: number | null } | null; plan: { hostCaching: boolean | null }; notes: string[] };
  };
  assert.equal(report.client.sources, ['slmgr-dlv']);
  assert.is(report.client.product?.name, 'Windows(R), Enterprise edition');
  // Only read through the ini's labels: without one, both stay null and the notes list unknown lines.
  assert.is(report.client.product?.gracePeriodRemainingMinutes, 259197);
  assert.is(report.client.plan.hostCaching, true);
  assert.equal(report.client.notes, []);
  const viaFile = await runCli(['analyze', 'samples/dlv/client-ja.txt', '--slmgr-ini', 'samples/dlv/slmgr-0411.ini', '--json']);
  const fileReport = JSON.parse(viaFile.stdout) as { client: Record<string, unknown> };
  assert.equal({ ...report.client, collectedAt: '' }, { ...fileReport.client, collectedAt: '' });
  assert.is(run.exitCode, viaFile.exitCode);
});

cli('connectivity --dlv with --slmgr-ini naming a snapshot without an ini exits 2 and says why', async () => {
  const run = await runCli(['connectivity', '--dlv', 'samples/dlv/client-ja.txt', '--slmgr-ini', 'samples/snapshots/client-dns-discovery-ok.json', '--json']);
  assert.is(run.exitCode, 2);
  assert.match(run.stderr, /holds no slmgr\.ini \(the machine's UI language is English, or it was collected by an older collector\)/);
});

reader.run();
inputs.run();
cli.run();
