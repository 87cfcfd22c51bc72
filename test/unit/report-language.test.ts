/**
 * Reports in Japanese: every frame a reporter writes (headings, labels, columns, summary lines)
 * comes from the Japanese catalog, so what remains in Latin letters is data an admin copies or
 * a script reads — ids, codes, host names, commands, states, PASS/FAIL and the severity ids.
 */

import { join } from 'node:path';
import stringWidth from 'string-width';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadAnalyzeInputsWithHosts } from '../../src/client/load-analyze-inputs.js';
import { analyzeFleet } from '../../src/commands/fleet-analysis.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { FleetAccumulator } from '../../src/fleet/accumulate.js';
import { runReadinessChecks } from '../../src/readiness/checks/index.js';
import { renderCheck } from '../../src/readiness/render.js';
import type { AnyReport } from '../../src/report/any-report.js';
import type { FleetReport } from '../../src/report/fleet-report.js';
import { buildReadinessReport } from '../../src/report/readiness.js';
import { buildReport } from '../../src/report/report.js';
import { evaluate } from '../../src/rules/index.js';
import { englishRuns } from '../helpers/english-runs.js';
import { buildFacts } from '../helpers/facts.js';
import { render } from '../helpers/render.js';
import { eventsReport as emptyEventsReport, readinessFacts, srvReport } from '../helpers/sample-reports.js';
import { SAMPLE_FLEET_SPEC, syntheticFleet } from '../helpers/synthetic-fleet.js';

const FORMATS = ['human', 'markdown', 'html', 'junit'] as const;

function connectivityReport(locale: 'en' | 'ja') {
  return srvReport({ locale }) as AnyReport;
}

function readinessReport(locale: 'en' | 'ja') {
  const checks = runReadinessChecks(readinessFacts(['corp.test'])).map((check) => renderCheck(check, locale));
  return buildReadinessReport({
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    input: { domains: ['corp.test'] },
    checks,
    findings: [],
    failOn: 'error',
    notes: [],
  }) as AnyReport;
}

function eventsReport() {
  return emptyEventsReport();
}

const ja = suite('reports in Japanese');

ja('the English-word check finds the frames of the English report (so it can fail)', () => {
  assert.ok(englishRuns(render(connectivityReport('en'), 'markdown')).length > 0);
});

for (const [kind, build] of [
  ['connectivity', connectivityReport],
  ['readiness', readinessReport],
  ['events', () => eventsReport()],
] as const) {
  for (const format of FORMATS) {
    ja(`${kind} as ${format}: no English sentence outside ids, codes, host names and commands`, () => {
      const output = render(build('ja'), format, { locale: 'ja' });
      assert.equal(englishRuns(output), [], output);
      assert.match(output, /[\u3040-\u30ff\u4e00-\u9fff]/);
    });
  }
}

ja('the summary keeps PASS/FAIL and counts its severities in Japanese', () => {
  const human = render(connectivityReport('ja'), 'human', { locale: 'ja' });
  assert.match(human, /\n(PASS|FAIL) {2}エラー \d+ 件、警告 \d+ 件、情報 \d+ 件 — プローブ \d+ 件 \(\d+ ms\)\n$/);
});

ja('HTML pages say their language', () => {
  for (const build of [connectivityReport, readinessReport]) {
    assert.match(render(build('ja'), 'html', { locale: 'ja' }), /<html lang="ja">/);
    assert.match(render(build('en'), 'html'), /<html lang="en">/);
  }
});

ja('Japanese tables line up by display width', () => {
  const human = render(connectivityReport('ja'), 'human', { locale: 'ja' });
  const lines = human.split('\n');
  const headerAt = lines.findIndex((line) => line.includes('ホスト:ポート'));
  assert.ok(headerAt > 0, human);
  // Each column starts at the same display column in the header and in every row under it.
  const startOf = (line: string, cell: string) => stringWidth(line.slice(0, line.indexOf(cell)));
  const header = lines[headerAt]!;
  const row = lines[headerAt + 1]!;
  assert.is(startOf(row, 'kms'), startOf(header, 'ホスト:ポート'));
  assert.is(startOf(row, '1688') + '1688'.length + 1 <= startOf(header, '優先度/重み'), true);

  const readiness = render(readinessReport('ja'), 'human', { locale: 'ja' })
    .split('\n')
    .filter((line) => /^ {2}(PASS|WARN|FAIL|NOT RUN)/.test(line));
  assert.ok(readiness.length > 1);
  const widths = new Set(readiness.map((line) => stringWidth(line)));
  assert.is(widths.size, 1, readiness.join('\n'));
});

ja("the remedy steps line up under the first, whatever the label's width", () => {
  const human = render(connectivityReport('ja'), 'human', { locale: 'ja' });
  const first = human.split('\n').find((line) => line.includes('対処方法: 1)'));
  const second = human.split('\n').find((line) => /^ +2\) /.test(line));
  assert.ok(first && second, human);
  assert.is(stringWidth(first.slice(0, first.indexOf('1)'))), stringWidth(second.slice(0, second.indexOf('2)'))));
});

function fleetReport(locale: 'en' | 'ja'): FleetReport {
  const fleet = new FleetAccumulator();
  for (const { file, snapshot } of syntheticFleet({ ...SAMPLE_FLEET_SPEC, clients: 120 })) fleet.add(snapshot, file);
  return analyzeFleet({
    fleet,
    logs: [],
    probe: null,
    failOn: 'error',
    startedAt: '2025-03-01T12:00:00.000Z',
    durationMs: () => 1,
    input: { paths: ['x'], kmsLogs: [], probe: false, dnsServers: [] },
    locale,
  });
}

/**
 * The fleet report with the text of the layers below the reporters left out: finding messages
 * (the rules' catalog; their arguments carry slmgr's state words), the count split's summary and
 * the fleet facts' own details are checked, and translated, where they are made.
 */
function fleetFrames(report: FleetReport): FleetReport {
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, message: '…', remedy: f.remedy.map(() => '…') })),
    split: report.split ? { ...report.split, summary: '…' } : report.split,
    clock: { ...report.clock, reference: '…' },
    domains: report.domains.map((d) => ({ ...d, detail: '…' })),
  };
}

for (const format of FORMATS) {
  ja(`fleet as ${format}: the reporter's frames in Japanese, no English sentence`, () => {
    // JUnit's frames are attributes (test names, skip reasons), which the check reads past.
    if (format !== 'junit') assert.ok(englishRuns(render(fleetFrames(fleetReport('en')) as AnyReport, format)).length > 0, 'the check finds the English frames');
    const output = render(fleetFrames(fleetReport('ja')) as AnyReport, format, { locale: 'ja' });
    assert.equal(englishRuns(output), [], output);
    assert.match(output, /[\u3040-\u30ff\u4e00-\u9fff]/);
    if (format === 'junit')
      assert.match(output, /name="fleet\/duplicate-cmid: フリート内の[^"]*" time="0">[\s\S]*<skipped message="プローブしていません: --probe を付けて実行してください"\/>/);
  });
}

ja('fleet HTML says its language; its notes are in it too', () => {
  const report = fleetReport('ja');
  assert.match(render(report as AnyReport, 'html', { locale: 'ja' }), /<html lang="ja">/);
  assert.ok(report.notes.length > 0 && report.notes.every((note) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(note)), report.notes.join('\n'));
});

ja('the fleet console table lines up by display width with Japanese host names', () => {
  const report = fleetReport('ja');
  const wide = { ...report, hosts: report.hosts.map((h, i) => ({ ...h, host: i === 0 ? `キー管理${i}.corp.test:1688` : h.host })) };
  assert.ok(wide.hosts.length > 1);
  const lines = render(wide as AnyReport, 'human', { locale: 'ja' }).split('\n');
  const rows = wide.hosts.slice(0, 20).map((h) => lines.find((line) => line.startsWith(`  ${h.host} `))!);
  assert.ok(rows.every(Boolean), lines.join('\n'));
  // The client count ends at the same display column on every row, whatever the host name's width.
  const countEnds = rows.map((line, i) => stringWidth(line.slice(0, line.indexOf(`${wide.hosts[i]!.clients}  `))) + String(wide.hosts[i]!.clients).length);
  assert.is(new Set(countEnds).size, 1, rows.join('\n'));
});

/** Japanese text: kana or kanji (as test/helpers/english-runs.ts JAPANESE). */
const KANA_OR_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** `kmsdoctor analyze` of sample files, offline, in one language: client and host facts, no probe. */
async function analyzeReport(files: string[], locale: 'en' | 'ja', targetOs?: string) {
  const { client, host } = await loadAnalyzeInputsWithHosts(
    files.map((file) => join(PACKAGE_ROOT, 'samples', file)),
    undefined,
    targetOs,
  );
  const facts = buildFacts({ domains: [], targets: [] });
  const findings = evaluate({ connectivity: facts, ...(client ? { client } : {}), ...(host ? { host } : {}) }, locale);
  return buildReport({ command: 'analyze', startedAt: '2026-12-04T00:00:00.000Z', durationMs: 1, input: { files }, facts, findings, failOn: 'error', client, host, locale });
}

/** Inputs that bring every kind of facts line: host snapshots, /dlv text and 12290 logs of several hosts, clients from CIM, slmgr text and events. */
const ANALYZED: ReadonlyArray<{ name: string; files: string[]; targetOs?: string }> = [
  {
    name: 'a host snapshot and its 12290 log, a target its key does not cover',
    files: ['snapshots/kms-host-publish-list.json', 'events/host-12290-wevtutil.xml'],
    targetOs: 'Windows Server 2025 Standard',
  },
  {
    name: 'three hosts (a full log, /dlv text, a 12290 export): the count over all hosts',
    files: ['host/kms03-log-full-snapshot.json', 'dlv/host-en-ws2019-csvlk2022.txt', 'host/kms02-12290-get-winevent.json'],
    targetOs: 'Windows 11 Enterprise',
  },
  { name: 'a MAK client from slmgr text: every KMS fact unknown, with why', files: ['dlv/client-en-mak.txt'] },
  { name: 'a client from events only', files: ['events/client-wevtutil.xml'] },
  { name: 'a Japanese client from slmgr text and its slmgr.ini', files: ['dlv/client-ja.txt', 'dlv/slmgr-0411.ini'] },
  { name: 'a client snapshot with host caching and two suffixes', files: ['snapshots/client-dns-discovery-ok.json'] },
];

/** The client and host blocks of the console view: everything before the findings. */
const factsBlocks = (human: string) => human.slice(0, human.indexOf('\n検出事項') === -1 ? human.indexOf('\n✔') : human.indexOf('\n検出事項'));

for (const { name, files, targetOs } of ANALYZED) {
  ja(`analyze, ${name}: the client and host blocks leave no English sentence`, async () => {
    const human = render((await analyzeReport(files, 'ja', targetOs)) as AnyReport, 'human', { locale: 'ja' });
    const blocks = factsBlocks(human);
    assert.ok(blocks.length > 0 && KANA_OR_KANJI.test(blocks), human);
    assert.equal(englishRuns(blocks), [], blocks);
  });
}

ja('analyze: the English check finds the English facts blocks (so it can fail)', async () => {
  const human = render((await analyzeReport(ANALYZED[1]!.files, 'en', ANALYZED[1]!.targetOs)) as AnyReport, 'human');
  assert.ok(englishRuns(factsBlocks(human)).length > 3);
});

ja("analyze JSON: the facts' words follow the language, their message ids and args do not", async () => {
  for (const { files, targetOs } of ANALYZED) {
    const [en, japanese] = [await analyzeReport(files, 'en', targetOs), await analyzeReport(files, 'ja', targetOs)];
    const messages = (report: typeof en) =>
      JSON.stringify([
        Object.values(report.client?.kms ?? {}).map((fact) => fact.unknownReasonMessage),
        report.client?.plan.stepMessages,
        report.host?.split?.summaryMessage,
        report.host?.hosts.map((h) => [h.coverage.map((c) => c.noteMessages), h.updates?.checks.map((check) => check.reasonMessage)]),
      ]);
    assert.is(messages(japanese), messages(en));
    const words = (report: typeof en) =>
      [...Object.values(report.client?.kms ?? {}).map((fact) => fact.unknownReason), ...(report.client?.plan.steps ?? []), report.host?.split?.summary].filter(
        (text): text is string => typeof text === 'string',
      );
    assert.is(words(japanese).length, words(en).length);
    for (const text of words(japanese)) assert.ok(KANA_OR_KANJI.test(text), text);
    for (const text of words(en)) assert.not.ok(KANA_OR_KANJI.test(text), text);
    // slmgr's words stay a stable value in every language; the console words them.
    assert.equal(
      japanese.client?.products.map((p) => p.licenseStatusWords),
      en.client?.products.map((p) => p.licenseStatusWords),
    );
  }
});

ja('analyze: the fact rows line up by display width and no Japanese label touches its value', async () => {
  for (const locale of ['en', 'ja'] as const) {
    const human = render((await analyzeReport(['dlv/client-en-mak.txt'], locale)) as AnyReport, 'human', { locale });
    const rows = human.split('\n').filter((line) => /^ {2}\S.*? {2,}(\?|\d)/.test(line) && !line.includes('—  '));
    assert.ok(rows.length >= 6, human);
    const valueStart = (line: string) => stringWidth(line.slice(0, line.search(/ {2,}(\?|\d)/))) + line.slice(line.search(/ {2,}(\?|\d)/)).match(/^ +/)![0].length;
    assert.is(new Set(rows.map(valueStart)).size, 1, rows.join('\n'));
  }
});

ja.run();
