/** Any report as Markdown: verdict, the section's tables, the findings with evidence and remedy, notes. Every datum literal (mdCell). */
import type { AnyReport } from '../../report/any-report.js';
import { mdCell } from '../markup-text.js';
import { reportNotes, sectionTables } from './section-tables.js';

export function renderMarkdown(report: AnyReport): string {
  const s = report.summary;
  const lines = [
    `# kmsdoctor ${report.command} report`,
    '',
    `**Verdict: ${s.verdict.toUpperCase()}** — ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info, ${s.probes} probe(s) (fail on: ${s.failOn}).`,
    '',
    `Generated ${mdCell(report.startedAt)} by ${mdCell(report.tool.name)} ${mdCell(report.tool.version)}.`,
  ];
  for (const table of sectionTables(report)) {
    if (table.rows.length === 0) continue;
    lines.push('', `## ${mdCell(table.heading)}`, '', `| ${table.header.map(mdCell).join(' | ')} |`, `| ${table.header.map(() => '---').join(' | ')} |`, ...table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`));
  }
  lines.push('', '## Findings', '');
  if (report.findings.length === 0) lines.push('No findings.');
  for (const f of report.findings) {
    lines.push(`- **${f.severity}** \`${f.ruleId}\` ${mdCell(f.title)}: ${mdCell(f.message)}`);
    for (const evidence of f.evidence) lines.push(`  - evidence: ${mdCell(evidence.summary)}`);
    for (const [i, step] of f.remedy.entries()) lines.push(`  - remedy ${i + 1}: ${mdCell(step)}`);
  }
  const notes = reportNotes(report);
  if (notes.length > 0) lines.push('', '## Notes', '', ...notes.map((note) => `- ${mdCell(note)}`));
  return `${lines.join('\n')}\n`;
}
