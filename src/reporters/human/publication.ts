/** The console view of a `publication` report. */
import { displaySafe } from '../../report/display-text.js';
import type { PublicationReport } from '../../report/publication-report.js';
import type { Colors } from '../output-context.js';
import { renderTable } from '../table.js';
import { findingsLines, summaryLine } from './findings.js';

export function renderPublicationHuman(unsafe: PublicationReport, c: Colors): string {
  const report = displaySafe(unsafe);
  const lines: string[] = [c.bold('KMS SRV publication'), `  hosts: ${report.hosts.map((host) => `${host.host}:${host.port}${host.dnsPublishing === false ? ' (DNS publishing disabled)' : ''}`).join(', ')}`, `  allowed: ${report.allowList.join(', ')}`, ''];
  for (const domain of report.domains) {
    lines.push(c.bold(`_vlmcs._tcp.${domain.domain}`) + c.dim(`  zone ${domain.zone}, expected priority ${domain.priority} weight ${domain.weight} (${domain.source})`));
    const rows = [['server', 'role', 'status', 'records'], ...domain.answers.map((answer) => [answer.server, `${answer.role}${answer.aa ? ' (AA)' : ''}`, answer.status, answer.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target} ttl=${record.ttl}`).join('; ') || '—'])];
    lines.push(...renderTable(rows));
    for (const host of domain.hosts) {
      const mark = host.presentOn.length > 0 && host.missingOn.length === 0 ? c.green('✔') : c.red('✖');
      lines.push(`  ${mark} ${host.host}: on ${host.presentOn.length}/${host.presentOn.length + host.missingOn.length} answering servers${host.unknownOn.length ? `, unknown on ${host.unknownOn.length}` : ''}`);
    }
    for (const note of domain.notes) lines.push(c.dim(`  note: ${note}`));
    lines.push('');
  }
  for (const note of report.notes) lines.push(c.dim(`note: ${note}`));
  lines.push(...findingsLines(report.findings, c, '✔ Published everywhere it should be, and nothing else is.'), summaryLine(report, c, ''));
  return `${lines.join('\n')}\n`;
}
