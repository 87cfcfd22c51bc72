/**
 * Reports in Japanese: every frame a reporter writes (headings, labels, columns, summary lines)
 * comes from the Japanese catalog, so what remains in Latin letters is data an admin copies or
 * a script reads — ids, codes, host names, commands, states, PASS/FAIL and the severity ids.
 */

import stringWidth from 'string-width';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runReadinessChecks } from '../../src/readiness/checks/index.js';
import { renderCheck } from '../../src/readiness/render.js';
import type { AnyReport } from '../../src/report/any-report.js';
import { buildReadinessReport } from '../../src/report/readiness.js';
import { render } from '../helpers/render.js';
import { eventsReport as emptyEventsReport, readinessFacts, srvReport } from '../helpers/sample-reports.js';

const FORMATS = ['human', 'markdown', 'html', 'junit'] as const;

function connectivityReport(locale: 'en' | 'ja') {
  return srvReport({ locale }) as AnyReport;
}

function readinessReport(locale: 'en' | 'ja') {
  const checks = runReadinessChecks(readinessFacts(['corp.test'])).map((check) => renderCheck(check, locale));
  return buildReadinessReport({ startedAt: '2026-01-01T00:00:00.000Z', durationMs: 12, input: { domains: ['corp.test'] }, checks, findings: [], failOn: 'error', notes: [] }) as AnyReport;
}

function eventsReport() {
  return emptyEventsReport();
}

/**
 * The translatable text: no markup, no style sheet, no code spans, no quoted Windows labels
 * ("Listening on Port" is what slmgr prints on an English host) and none of the fixed state words.
 */
function visibleText(output: string): string {
  return output
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\b(PASS|FAIL|WARN|NOT RUN|NOT-RUN)\b/g, ' ');
}

/** Runs of three or more plain English words: a sentence or phrase left untranslated. */
function englishRuns(output: string): string[] {
  const runs: string[] = [];
  for (const line of visibleText(output).split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    for (const word of [...words, '']) {
      // Units are not words: "0.8 ms: refused" is a timing and a probe's own detail.
      if (/^\(?[A-Za-z]+[,.:;)]?$/.test(word) && !/^(ms|s)\W?$/.test(word)) run.push(word);
      else {
        if (run.length >= 3) runs.push(run.join(' '));
        run = [];
      }
    }
  }
  return runs;
}

const ja = suite('reports in Japanese');

ja('the English-word check finds the frames of the English report (so it can fail)', () => {
  assert.ok(englishRuns(render(connectivityReport('en'), 'markdown')).length > 0);
});

for (const [kind, build] of [['connectivity', connectivityReport], ['readiness', readinessReport], ['events', () => eventsReport()]] as const) {
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

  const readiness = render(readinessReport('ja'), 'human', { locale: 'ja' }).split('\n').filter((line) => /^ {2}(PASS|WARN|FAIL|NOT RUN)/.test(line));
  assert.ok(readiness.length > 1);
  const widths = new Set(readiness.map((line) => stringWidth(line)));
  assert.is(widths.size, 1, readiness.join('\n'));
});

ja('the remedy steps line up under the first, whatever the label\'s width', () => {
  const human = render(connectivityReport('ja'), 'human', { locale: 'ja' });
  const first = human.split('\n').find((line) => line.includes('対処方法: 1)'));
  const second = human.split('\n').find((line) => /^ +2\) /.test(line));
  assert.ok(first && second, human);
  assert.is(stringWidth(first.slice(0, first.indexOf('1)'))), stringWidth(second.slice(0, second.indexOf('2)'))));
});

ja.run();
