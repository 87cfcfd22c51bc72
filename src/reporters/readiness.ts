/**
 * Renderers of the readiness report: human text, Markdown, a self-contained HTML page for a change
 * board, and JUnit XML for pipelines.
 *
 * JUnit mapping (one <testsuite>, one <testcase> per check):
 *   fail    → <failure type="fail">
 *   warn    → with --fail-on warning (or info): <failure type="warning">; otherwise the test case passes and
 *             carries the warning in <system-out> ("WARN: …"), so the JUnit gate agrees with the
 *             exit code
 *   not-run → <skipped message="…"/>
 *   pass    → an empty test case (detail in <system-out>)
 */
import stringWidth from 'string-width';
import type { Locale } from '../catalog/catalogs.js';
import type { CheckState } from '../readiness/model.js';
import type { ReadinessReport } from '../report/readiness.js';
import { htmlListSection, junitDocument, reportPage } from './documents.js';
import { escapeXml, mdCell } from './markup-text.js';
import { type ReportText, reportText } from './report-text.js';
import { padDisplay } from './table.js';

// The state words stay as they are in every language: pipelines and the JUnit output read them.
const WORD: Readonly<Record<CheckState, string>> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'not-run': 'NOT RUN' };

/** The summary's figures, as every rendering of the verdict names them. */
function counts(report: ReadinessReport) {
  const s = report.summary;
  return { worst: s.worstCheck.toUpperCase(), pass: s.pass, warn: s.warn, fail: s.fail, notRun: s.notRun, failOn: s.failOn };
}

const generated = (report: ReadinessReport) => ({ startedAt: report.startedAt, tool: report.tool.name, version: report.tool.version });

export function renderReadinessHuman(report: ReadinessReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const lines = [text('report.readiness.heading'), ''];
  // Display width, so a Japanese title lines up like an English one.
  const width = Math.max(...report.checks.map((c) => stringWidth(c.title)), 10);
  for (const check of report.checks) {
    lines.push(`  ${WORD[check.state].padEnd(7)}  ${padDisplay(check.title, width)}`);
    lines.push(`           ${check.detail}`);
    const evidence = [...check.evidence.findings, ...check.evidence.probes.slice(0, 4)];
    if (evidence.length > 0) lines.push(`           ${text('report.label.evidence')} ${evidence.join(', ')}${check.evidence.probes.length > 4 ? ', …' : ''}`);
  }
  lines.push('');
  for (const note of report.notes) lines.push(`${text('report.label.note')} ${note}`);
  lines.push(text('report.readiness.verdict', counts(report)));
  return `${lines.join('\n')}\n`;
}

function tableHeader(text: ReportText, cell: (heading: string) => string): string[] {
  return (['state', 'check', 'detail', 'evidence'] as const).map((column) => cell(text(`report.readiness.column.${column}`)));
}

export function renderReadinessMarkdown(report: ReadinessReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const figures = counts(report);
  const lines = [
    `# ${text('report.readiness.title')}`,
    '',
    `**${text('report.readiness.verdict-label', figures)}** — ${text('report.sentence', { text: text('report.readiness.counts', figures) })}`,
    '',
    text('report.page.generated', generated(report)),
    '',
    `| ${tableHeader(text, (heading) => heading).join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...report.checks.map((c) => `| **${WORD[c.state]}** | ${mdCell(c.title)} | ${mdCell(c.detail)} | ${mdCell([...c.evidence.findings, ...c.evidence.probes].join(', '))} |`),
  ];
  if (report.findings.length > 0) {
    lines.push('', `## ${text('report.page.findings')}`, '');
    for (const f of report.findings) lines.push(`- **${f.severity}** \`${f.ruleId}\`: ${mdCell(f.message)}`);
  }
  if (report.notes.length > 0) {
    lines.push('', `## ${text('report.page.notes')}`, '');
    for (const note of report.notes) lines.push(`- ${mdCell(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

const COLOURS: Readonly<Record<CheckState, { fg: string; bg: string }>> = {
  pass: { fg: '#0b5d1e', bg: '#d9f2df' },
  warn: { fg: '#7a4d00', bg: '#fff1cc' },
  fail: { fg: '#8a1010', bg: '#fbdcdc' },
  'not-run': { fg: '#444444', bg: '#e8e8e8' },
};

/** One self-contained page: inline CSS, no scripts, no external assets; every text escaped. */
export function renderReadinessHtml(report: ReadinessReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const figures = counts(report);
  const s = report.summary;
  const e = escapeXml;
  const css = [
    'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222}',
    'table{border-collapse:collapse;width:100%}',
    'th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}',
    'th{background:#f3f3f3}',
    '.state{font-weight:bold;white-space:nowrap}',
    ...(Object.keys(COLOURS) as CheckState[]).map((state) => `.s-${state}{color:${COLOURS[state].fg};background:${COLOURS[state].bg}}`),
    '.verdict{display:inline-block;padding:.3em .8em;font-size:1.2em;font-weight:bold}',
    'code{font-size:.9em}',
  ].join('\n');
  const verdictState: CheckState = s.worstCheck;
  const rows = report.checks.map(
    (c) =>
      `<tr><td class="state s-${c.state}">${e(WORD[c.state])}</td><td>${e(c.title)}</td><td>${e(c.detail)}</td><td>${[...c.evidence.findings, ...c.evidence.probes].map((ref) => `<code>${e(ref)}</code>`).join(', ')}</td></tr>`,
  );
  const findings =
    report.findings.length === 0
      ? ''
      : `<h2>${e(text('report.page.findings'))}</h2>\n<ul>\n${report.findings.map((f) => `<li><strong>${e(f.severity)}</strong> <code>${e(f.ruleId)}</code>: ${e(f.message)}</li>`).join('\n')}\n</ul>\n`;
  return reportPage({
    locale,
    title: text('report.readiness.title'),
    css,
    verdictClass: `s-${verdictState}`,
    verdict: text('report.readiness.verdict-label', figures),
    counts: `${text('report.sentence', { text: text('report.readiness.counts', figures) })} ${text('report.page.generated', generated(report))}`,
    body: `<table>
<thead><tr>${tableHeader(text, (heading) => `<th>${e(heading)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${findings}${htmlListSection(text('report.page.notes'), report.notes)}`,
  });
}

export function renderReadinessJunit(report: ReadinessReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const e = escapeXml;
  const warnFails = report.summary.failOn !== 'error';
  let failures = 0;
  let skipped = 0;
  const cases = report.checks.map((c) => {
    const head = `  <testcase classname="kmsdoctor.readiness" name="${e(c.id)}: ${e(c.title)}" time="0">`;
    const out = `    <system-out>${e(`${WORD[c.state]}: ${c.detail}`)}${c.evidence.findings.length + c.evidence.probes.length > 0 ? e(`\n${text('report.label.evidence')} ${[...c.evidence.findings, ...c.evidence.probes].join(', ')}`) : ''}</system-out>`;
    if (c.state === 'fail' || (c.state === 'warn' && warnFails)) {
      failures += 1;
      const type = c.state === 'fail' ? 'fail' : 'warning';
      return `${head}\n    <failure type="${type}" message="${e(c.detail)}">${e(c.detail)}</failure>\n${out}\n  </testcase>`;
    }
    if (c.state === 'not-run') {
      skipped += 1;
      return `${head}\n    <skipped message="${e(c.detail)}"/>\n${out}\n  </testcase>`;
    }
    return `${head}\n${out}\n  </testcase>`;
  });
  return junitDocument({ name: 'kmsdoctor readiness', cases, failures, skipped, durationMs: report.durationMs, startedAt: report.startedAt });
}
