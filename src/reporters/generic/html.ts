/** Any report as one self-contained page: inline CSS, no scripts, no external assets; every text escaped (escapeXml). */
import type { AnyReport } from '../../report/any-report.js';
import { htmlDocument } from '../documents.js';
import { escapeXml as e } from '../markup-text.js';
import { reportNotes, sectionTables } from './section-tables.js';

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

export function renderHtml(report: AnyReport): string {
  const s = report.summary;
  const title = `kmsdoctor ${report.command} report`;
  const tables = sectionTables(report).filter((table) => table.rows.length > 0).map((table) => `<h2>${e(table.heading)}</h2>
<table>
<thead><tr>${table.header.map((cell) => `<th>${e(cell)}</th>`).join('')}</tr></thead>
<tbody>
${table.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
`);
  const findings = report.findings.length === 0 ? '<p>No findings.</p>\n' : `<ul>\n${report.findings.map((f) => `<li><strong class="${e(f.severity)}">${e(f.severity)}</strong> <code>${e(f.ruleId)}</code> ${e(f.title)}: ${e(f.message)}${f.evidence.length + f.remedy.length > 0 ? `<ul>${f.evidence.map((evidence) => `<li>evidence: ${e(evidence.summary)}</li>`).join('')}${f.remedy.map((step, i) => `<li>remedy ${i + 1}: ${e(step)}</li>`).join('')}</ul>` : ''}</li>`).join('\n')}\n</ul>\n`;
  const notes = reportNotes(report);
  const notesHtml = notes.length === 0 ? '' : `<h2>Notes</h2>\n<ul>\n${notes.map((note) => `<li>${e(note)}</li>`).join('\n')}\n</ul>\n`;
  return htmlDocument(title, CSS, `<h1>${e(title)}</h1>
<p><span class="verdict ${s.verdict}">Verdict: ${e(s.verdict.toUpperCase())}</span></p>
<p>${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info, ${s.probes} probe(s) (fail on: ${e(s.failOn)}). Generated ${e(report.startedAt)} by ${e(report.tool.name)} ${e(report.tool.version)}.</p>
${tables.join('')}<h2>Findings</h2>
${findings}${notesHtml}`);
}
