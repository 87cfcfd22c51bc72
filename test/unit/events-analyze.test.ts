/**
 * `kmsdoctor analyze` of the event export samples, end to end through the built CLI (offline,
 * nothing probed): each failing export exits 1 and names its finding, with the code's page;
 * a healthy export exits 0. Needs `npm run build`.
 */
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import type { Report } from '../../src/report/report.js';
import { englishRuns, JAPANESE } from '../helpers/english-runs.js';
import { runCli } from '../helpers/run-cli.js';

const sample = (name: string) => join(PACKAGE_ROOT, 'samples', 'events', name);

/** The report of `analyze <sample> --json`, and its findings as `ruleId severity`. */
async function analyze(name: string): Promise<{ exitCode: number; report: Report; findings: string[] }> {
  const run = await runCli(['analyze', sample(name), '--json']);
  assert.is(run.stderr, '', `${name}: nothing on stderr`);
  const report = JSON.parse(run.stdout) as Report;
  return { exitCode: run.exitCode, report, findings: report.findings.map((finding) => `${finding.ruleId} ${finding.severity}`) };
}

const test = suite('analyze: event export samples');

test('client-export-ps51-healthy.csv (Windows PowerShell 5.1, renewals answered): no finding, exit 0', async () => {
  const { exitCode, findings, report } = await analyze('client-export-ps51-healthy.csv');
  assert.equal(findings, []);
  assert.is(exitCode, 0);
  assert.is(report.summary.verdict, 'pass');
});

test("client-export-ps51-no-srv.csv (only 8198 0x8007232B, no 12288): an error naming the code's page, exit 1", async () => {
  const { exitCode, report, findings } = await analyze('client-export-ps51-no-srv.csv');
  assert.equal(findings, ['events/activation-failures-logged error']);
  assert.is(report.findings[0]!.remedy[0], 'Read what 0x8007232B means and how to fix it: kmsdoctor explain 0x8007232B');
  assert.is(exitCode, 1);
});

test('client-export-pwsh7-ja.csv (Japanese, last attempt to kms-lab refused 0xC004F042): both hosts named, exit 1', async () => {
  const { exitCode, report, findings } = await analyze('client-export-pwsh7-ja.csv');
  assert.equal(findings, ['events/last-attempt-failed error', 'events/activation-failures-logged error', 'events/unusual-host warning']);
  assert.match(report.findings[0]!.message, 'host kms-lab.contoso.com:1688) failed with 0xC004F042');
  const unusual = report.findings.find((finding) => finding.ruleId === 'events/unusual-host')!;
  assert.match(
    unusual.message,
    'went to kms-lab.contoso.com:1688, a host this client tried only once, and failed with 0xC004F042; 2 of its 3 requests went to kms01.contoso.com:1688',
  );
  assert.is(exitCode, 1);
});

test('client-export.csv (Windows PowerShell 5.1, last 12288 unanswered 0x800706BA, 8198 0xC004F074): exit 1', async () => {
  const { exitCode, report, findings } = await analyze('client-export.csv');
  assert.equal(findings, ['events/request-unanswered error', 'events/activation-failures-logged error']);
  assert.ok(report.findings[0]!.remedy.includes('Read what 0x800706BA means and how to fix it: kmsdoctor explain 0x800706BA'));
  assert.is(exitCode, 1);
});

test('in Japanese, the notes of the export are Japanese on the console, and JSON keeps each note beside its message', async () => {
  const name = 'client-export-ps51-healthy.csv';
  const human = await runCli(['analyze', sample(name), '--lang', 'ja']);
  assert.is(human.exitCode, 0, human.stderr);
  const notes = human.stdout.split('\n').filter((line) => line.trim().startsWith('注:'));
  assert.is(notes.length, 3, human.stdout);
  for (const note of notes) {
    assert.ok(JAPANESE.test(note.replace(/^.*?\.csv: /, '')), note);
    // The export command an admin copies is data; the sentence around it is not English.
    assert.equal(englishRuns(note.replace(/Get-WinEvent .*$/, '')), [], note);
  }
  assert.ok(
    notes.some((note) => note.includes('TimeCreated にタイム ゾーンがありません')),
    notes.join('\n'),
  );

  const json = JSON.parse((await runCli(['analyze', sample(name), '--lang', 'ja', '--json'])).stdout) as Report;
  const client = json.client!;
  assert.is(client.notes.length, client.noteMessages.length);
  assert.equal(client.noteMessages[0], { id: 'input-note.in-file', args: { path: sample(name), note: { id: 'input-note.events.csv-unzoned' } } });
  assert.ok(client.notes[0]!.endsWith('UTC とのずれの分だけ時刻が異なる可能性があります'), client.notes[0]);
  const english = JSON.parse((await runCli(['analyze', sample(name), '--json'])).stdout) as Report;
  assert.equal(english.client!.noteMessages, client.noteMessages, 'the messages are the same in every language');
  assert.match(english.client!.notes[0]!, "TimeCreated has no time zone (Export-Csv writes the exporting machine's local time)");
});

test.run();
