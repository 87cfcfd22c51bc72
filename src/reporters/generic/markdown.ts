/** Any report as Markdown: verdict, the section's tables, the findings with evidence and remedy, notes. Every datum literal (mdCell). */
import type { Locale } from '../../catalog/catalogs.js';
import type { AnyReport } from '../../report/any-report.js';
import { mdCell } from '../markup-text.js';
import { reportText } from '../report-text.js';
import { pageFigures, reportNotes, sectionTables } from './section-tables.js';

export function renderMarkdown(report: AnyReport, locale: Locale = 'en'): string {
  const text = reportText(locale);
  const figures = pageFigures(report);
  const lines = [
    `# ${text('report.page.title', { command: report.command })}`,
    '',
    `**${text('report.page.verdict', figures)}** — ${text('report.sentence', { text: text('report.page.counts', figures) })}`,
    '',
    text('report.page.generated', { startedAt: mdCell(report.startedAt), tool: mdCell(report.tool.name), version: mdCell(report.tool.version) }),
  ];
  for (const table of sectionTables(report, text)) {
    if (table.rows.length === 0) continue;
    lines.push(
      '',
      `## ${mdCell(table.heading)}`,
      '',
      `| ${table.header.map(mdCell).join(' | ')} |`,
      `| ${table.header.map(() => '---').join(' | ')} |`,
      ...table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
    );
  }
  lines.push('', `## ${text('report.page.findings')}`, '');
  if (report.findings.length === 0) lines.push(text('report.page.no-findings'));
  for (const f of report.findings) {
    lines.push(`- **${f.severity}** \`${f.ruleId}\` ${mdCell(f.title)}: ${mdCell(f.message)}`);
    for (const evidence of f.evidence) lines.push(`  - ${text('report.page.evidence', { summary: mdCell(evidence.summary) })}`);
    for (const [i, step] of f.remedy.entries()) lines.push(`  - ${text('report.page.remedy', { step: i + 1, text: mdCell(step) })}`);
  }
  const notes = reportNotes(report);
  if (notes.length > 0) lines.push('', `## ${text('report.page.notes')}`, '', ...notes.map((note) => `- ${mdCell(note)}`));
  return `${lines.join('\n')}\n`;
}
