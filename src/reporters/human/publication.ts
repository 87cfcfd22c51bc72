/** The console view of a `publication` report. */
import { displaySafe } from '../../report/display-text.js';
import type { PublicationReport } from '../../report/publication-report.js';
import type { Colors } from '../output-context.js';
import { type ReportText, reportText } from '../report-text.js';
import { renderTable } from '../table.js';
import { findingsLines, summaryLine } from './findings.js';

export function renderPublicationHuman(unsafe: PublicationReport, c: Colors, text: ReportText = reportText('en')): string {
  const report = displaySafe(unsafe);
  const hosts = report.hosts.map((host) => `${host.host}:${host.port}${host.dnsPublishing === false ? text('report.publication.publishing-disabled') : ''}`).join(', ');
  const lines: string[] = [
    c.bold(text('report.publication.heading')),
    `  ${text('report.publication.hosts', { hosts })}`,
    `  ${text('report.publication.allowed', { hosts: report.allowList.join(', ') })}`,
    '',
  ];
  for (const domain of report.domains) {
    lines.push(
      c.bold(`_vlmcs._tcp.${domain.domain}`) +
        c.dim(`  ${text('report.publication.expected', { zone: domain.zone, priority: domain.priority, weight: domain.weight, source: domain.source })}`),
    );
    const columns = (['server', 'role', 'status', 'records'] as const).map((column) => text(`report.publication.column.${column}`));
    const rows = [
      columns,
      ...domain.answers.map((answer) => [
        answer.server,
        `${answer.role}${answer.aa ? ' (AA)' : ''}`,
        answer.status,
        answer.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target} ttl=${record.ttl}`).join('; ') || '—',
      ]),
    ];
    lines.push(...renderTable(rows));
    for (const host of domain.hosts) {
      const mark = host.presentOn.length > 0 && host.missingOn.length === 0 ? c.green('✔') : c.red('✖');
      const presence = text('report.publication.presence', { host: host.host, present: host.presentOn.length, answering: host.presentOn.length + host.missingOn.length });
      lines.push(`  ${mark} ${presence}${host.unknownOn.length ? text('report.publication.unknown-on', { count: host.unknownOn.length }) : ''}`);
    }
    for (const note of domain.notes) lines.push(c.dim(`  ${text('report.label.note')} ${note}`));
    lines.push('');
  }
  for (const note of report.notes) lines.push(c.dim(`${text('report.label.note')} ${note}`));
  lines.push(...findingsLines(report.findings, c, text, text('report.publication.none')), summaryLine(report, c, text, ''));
  return `${lines.join('\n')}\n`;
}
