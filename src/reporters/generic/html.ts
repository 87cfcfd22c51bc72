/** Any report as one self-contained page: inline CSS, no scripts, no external assets; every text escaped (escapeXml). */
import type { Locale } from '../../catalog/catalogs.js';
import type { AnyReport } from '../../report/any-report.js';
import { htmlListSection, reportPage } from '../documents.js';
import { escapeXml as e } from '../markup-text.js';
import { reportText } from '../report-text.js';
import { pageFigures, reportNotes, sectionTables } from './section-tables.js';

const CSS = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222}',
  'table{border-collapse:collapse;width:100%;margin-bottom:1em}',
  'th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}',
  'th{background:#f3f3f3}',
  '.verdict{display:inline-block;padding:.3em .8em;font-size:1.2em;font-weight:bold}',
  '.pass{color:#0b5d1e;background:#d9f2df}',
  '.fail{color:#8a1010;background:#fbdcdc}',
  '.error{color:#8a1010}.warning{color:#7a4d00}.info{color:#444}',
].join('\n');

export function renderHtml(report: AnyReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const figures = pageFigures(report);
  const title = text('report.page.title', { command: report.command });
  const tables = sectionTables(report, text)
    .filter((table) => table.rows.length > 0)
    .map(
      (table) => `<h2>${e(table.heading)}</h2>
<table>
<thead><tr>${table.header.map((cell) => `<th>${e(cell)}</th>`).join('')}</tr></thead>
<tbody>
${table.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
`,
    );
  const findings =
    report.findings.length === 0
      ? `<p>${e(text('report.page.no-findings'))}</p>\n`
      : `<ul>\n${report.findings.map((f) => `<li><strong class="${e(f.severity)}">${e(f.severity)}</strong> <code>${e(f.ruleId)}</code> ${e(f.title)}: ${e(f.message)}${f.evidence.length + f.remedy.length > 0 ? `<ul>${f.evidence.map((evidence) => `<li>${e(text('report.page.evidence', { summary: evidence.summary }))}</li>`).join('')}${f.remedy.map((step, i) => `<li>${e(text('report.page.remedy', { step: i + 1, text: step }))}</li>`).join('')}</ul>` : ''}</li>`).join('\n')}\n</ul>\n`;
  const generated = text('report.page.generated', { startedAt: report.startedAt, tool: report.tool.name, version: report.tool.version });
  return reportPage({
    locale,
    title,
    css: CSS,
    verdictClass: report.summary.verdict,
    verdict: text('report.page.verdict', figures),
    counts: `${text('report.sentence', { text: text('report.page.counts', figures) })} ${generated}`,
    body: `${tables.join('')}<h2>${e(text('report.page.findings'))}</h2>\n${findings}${htmlListSection(text('report.page.notes'), reportNotes(report))}`,
  });
}
