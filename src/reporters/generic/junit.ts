/**
 * Any report as JUnit XML for pipelines: one <testsuite> per run, one <testcase> per finding.
 * A finding at or above --fail-on is a <failure> (so the JUnit gate agrees with the exit code); one
 * below it passes and carries its text in <system-out>. A run without findings is one passing case.
 */
import type { Locale } from '../../catalog/catalogs.js';
import type { AnyReport } from '../../report/any-report.js';
import { SEVERITY_RANK } from '../../rules/types.js';
import { junitDocument } from '../documents.js';
import { escapeXml as e } from '../markup-text.js';
import { reportText } from '../report-text.js';

export function renderJunit(report: AnyReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const suite = `kmsdoctor ${report.command}`;
  const classname = `kmsdoctor.${report.command}`;
  let failures = 0;
  const cases = report.findings.map((f) => {
    const head = `  <testcase classname="${e(classname)}" name="${e(f.ruleId)}${f.target ? `: ${e(f.target)}` : ''}" time="0">`;
    const out = `    <system-out>${e([`${f.severity.toUpperCase()}: ${f.message}`, ...f.evidence.map((evidence) => text('report.page.evidence', { summary: evidence.summary })), ...f.remedy.map((step, i) => text('report.page.remedy', { step: i + 1, text: step }))].join('\n'))}</system-out>`;
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[report.summary.failOn]) return `${head}\n${out}\n  </testcase>`;
    failures += 1;
    return `${head}\n    <failure type="${e(f.severity)}" message="${e(f.title)}">${e(f.message)}</failure>\n${out}\n  </testcase>`;
  });
  if (cases.length === 0) cases.push(`  <testcase classname="${e(classname)}" name="${e(text('report.junit.no-findings'))}" time="0"/>`);
  return junitDocument({ name: suite, cases, failures, skipped: 0, durationMs: report.durationMs, startedAt: report.startedAt });
}
