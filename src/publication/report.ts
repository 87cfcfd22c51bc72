/** The `publication` report (schema: src/report/publication.schema.json) and its console view. */
import type { Colors } from '../cli/output/context.js';
import { findingBlock } from '../cli/output/human.js';
import { renderTable } from '../cli/output/table.js';
import { TOOL } from '../core/tool-info.js';
import { displaySafe } from '../report/display-text.js';
import type { RuleId } from '../rules/catalog.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../rules/types.js';
import type { DomainPublication, ExpectedHost, PublicationFacts, UnexpectedRecord } from './model.js';

export const PUBLICATION_SCHEMA_VERSION = 1;

export interface PublicationReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  command: 'publication';
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  resolvers: string[];
  resolverSource: 'given' | 'system' | 'none';
  hosts: ExpectedHost[];
  allowList: string[];
  domains: DomainPublication[];
  unexpected: UnexpectedRecord[];
  publishing: Array<{ computer: string | null; time: string; domain: string | null; ok: boolean; hresult: string | null }>;
  notes: string[];
  findings: Finding<RuleId>[];
  summary: { errors: number; warnings: number; infos: number; verdict: 'pass' | 'fail'; failOn: Severity };
}

export function buildPublicationReport(args: { startedAt: string; durationMs: number; input: Record<string, unknown>; facts: PublicationFacts; findings: Finding<RuleId>[]; failOn: Severity; resolvers: string[] }): PublicationReport {
  const { facts, findings } = args;
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const failed = findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[args.failOn]);
  return {
    schemaVersion: PUBLICATION_SCHEMA_VERSION,
    tool: TOOL,
    command: 'publication',
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    resolvers: args.resolvers,
    resolverSource: facts.input.resolverSource,
    hosts: facts.input.hosts,
    allowList: facts.input.allowList,
    domains: facts.domains,
    unexpected: facts.unexpected,
    publishing: facts.input.publishing.map(({ computer, time, domain, ok, hresult }) => ({ computer, time, domain, ok, hresult })),
    notes: facts.input.notes,
    findings,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), verdict: failed ? 'fail' : 'pass', failOn: args.failOn },
  };
}

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
  if (report.findings.length > 0) {
    lines.push(c.bold('Findings'));
    report.findings.forEach((finding, i) => lines.push(...findingBlock(finding, i + 1, c), ''));
  } else {
    lines.push(c.green('✔ Published everywhere it should be, and nothing else is.'), '');
  }
  const { summary } = report;
  lines.push(`${summary.verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info`);
  return `${lines.join('\n')}\n`;
}
