import { displaySafe } from '../../report/display-text.js';
import type { Report, ReportTarget } from '../../report/report.js';
import type { Colors } from '../output-context.js';
import { type ReportText, reportText } from '../report-text.js';
import { renderTable } from '../table.js';
import { renderActivation } from './activation.js';
import { factRow, kmsFactLines, productLines } from './client-facts.js';
import { findingsLines, summaryLine } from './findings.js';
import { hostLines } from './host-block.js';

export { findingBlock } from './findings.js';

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Words and symbols together, so the output reads the same without colour. */
function stateCell(state: string | null, c: Colors): string {
  if (state === null) return c.dim('—');
  const good = ['open', 'kms', 'ok', 'ready', 'port-open'];
  const bad = [
    'closed',
    'filtered',
    'port-closed',
    'port-filtered',
    'context-rejected',
    'unreachable',
    'unresolved',
    'not-kms',
    'not-rpc',
    'no-reply',
    'rpc-rejected',
    'interface-not-supported',
    'transfer-syntax-refused',
    'bind-nak',
    'timeout',
    'refused',
    'cancelled',
    'error',
    'truncated',
    'call-id-mismatch',
    'rpc-invalid',
    'incomplete',
  ];
  if (good.includes(state)) return c.green(`✔ ${state}`);
  if (bad.includes(state)) return c.red(`✖ ${state}`);
  return c.yellow(`• ${state}`);
}

/** What the client is and what it will do, before any network result. */
function clientSection(report: Report, c: Colors, text: ReportText): string[] {
  const client = report.client;
  if (!client) return [];
  const trusted = client.products.find((product) => product.primary)?.trustedTime;
  const from = { sources: client.sources.join(' + '), collectedAt: client.collectedAt };
  const count = (attempt: (typeof client.attempts)[number]) => `${attempt.currentCount ?? '?'}${attempt.minimumCount !== null ? `/${attempt.minimumCount}` : ''}`;
  return [
    c.bold(client.computer ? text('report.client.heading', { computer: client.computer, ...from }) : text('report.client.heading.unnamed', from)),
    ...productLines(client.products, c, text),
    ...kmsFactLines(client.kms, c, text),
    ...(trusted ? [factRow(text('report.client.trusted-time'), trusted, text)] : []),
    ...client.plan.steps.map((step) => `  → ${step}`),
    ...(client.attempts.length > 0 ? [c.dim(`  ${text('report.client.attempts')}`)] : []),
    ...client.attempts.map(
      (attempt) =>
        `    ${attempt.time}  ${attempt.host ?? '?'}  ${attempt.answered ? text('report.client.attempt.count', { hresult: attempt.responseHresult ?? attempt.requestHresult ?? '?', count: count(attempt) }) : c.red(text('report.client.attempt.no-answer'))}`,
    ),
    ...client.notes.slice(0, 5).map((note) => c.dim(`  ${text('report.label.note')} ${note}`)),
    ...(client.notes.length > 5 ? [c.dim(`  ${text('report.client.more-notes', { count: client.notes.length - 5, option: '--json' })}`)] : []),
    '',
  ];
}

function discoverySection(report: Report, c: Colors, text: ReportText): string[] {
  if (report.discovery.length === 0) return [];
  const columns = ['query', 'server', 'outcome', 'records', 'authority', 'via', 'time'] as const;
  const rows = [columns.map((column) => c.dim(text(`report.discovery.column.${column}`)))];
  for (const domain of report.discovery) {
    for (const answer of domain.answers) {
      const result = report.results.find((r) => r.id === answer.probe);
      rows.push([
        domain.role === 'comparison' ? `${domain.queryName} ${c.dim(text('report.discovery.compared'))}` : domain.queryName,
        answer.server,
        stateCell(answer.status, c),
        answer.rcode === null ? '' : String(answer.records),
        answer.authoritative === null ? '' : text(answer.authoritative ? 'report.discovery.authoritative' : 'report.discovery.cached'),
        answer.transport === 'tcp' ? text('report.discovery.tcp-fallback') : (answer.transport ?? ''),
        result ? seconds(result.durationMs) : '',
      ]);
    }
  }
  return [c.bold(text(report.dnsServerSource === 'given' ? 'report.discovery.heading.given' : 'report.discovery.heading.system')), ...renderTable(rows), ''];
}

function targetRows(target: ReportTarget, report: Report, c: Colors, text: ReportText): string[][] {
  const notTested = c.dim(text('report.targets.not-tested'));
  const head = [
    target.rank === null ? (target.role ?? '') : String(target.rank),
    `${target.name}:${target.port}`,
    target.priority === null ? '' : `${target.priority}/${target.weight}`,
    target.shareInPriority === null ? '' : `${Math.round(target.shareInPriority * 100)}%`,
  ];
  if (target.endpoints.length === 0) {
    return [[...head, c.dim(target.resolution.status), '', '', '', stateCell(target.verdict, c)]];
  }
  return target.endpoints.map((endpoint, i) => [
    ...(i === 0 ? head : head.map(() => '')),
    endpoint.address,
    report.phases.activationPort ? stateCell(endpoint.activationState, c) : notTested,
    report.phases.managementPort ? stateCell(endpoint.managementState, c) : notTested,
    report.phases.rpc ? stateCell(endpoint.rpcVerdict, c) + (endpoint.rpcAcceptsAnyInterface ? c.yellow(text('report.targets.any-interface')) : '') : notTested,
    i === 0 ? stateCell(target.verdict, c) : '',
  ]);
}

function targetsSection(report: Report, c: Colors, text: ReportText): string[] {
  if (report.targets.length === 0) return [];
  const managementPort = report.targets[0]?.endpoints[0]?.managementPort ?? 135;
  const columns = ['rank', 'host', 'priority', 'share', 'address', 'kms-port', 'management-port', 'rpc', 'verdict'] as const;
  const header = columns.map((column) => c.dim(text(`report.targets.column.${column}`, { port: managementPort })));
  const rows = [header, ...report.targets.flatMap((target) => targetRows(target, report, c, text))];
  const drawn = report.targets.some((t) => t.rank !== null);
  return [c.bold(text(drawn ? 'report.targets.heading.drawn' : 'report.targets.heading')), ...renderTable(rows), ''];
}

/** The one activation request of `--activation-request`, or why none was sent. */
function activationSection(report: Report, c: Colors, text: ReportText): string[] {
  if (report.activation) return renderActivation(report.activation, c, text);
  const note = (report.input as { activationRequest?: { note?: unknown } } | undefined)?.activationRequest?.note;
  return typeof note === 'string' ? [c.bold(text('report.activation.heading')), `  ${note}`, ''] : [];
}

/** KMS hosts given to analyze: health, key coverage, log, count split. */
function kmsHostSection(report: Report, c: Colors, text: ReportText): string[] {
  if (!report.host) return [];
  return hostLines(report.host, text).flatMap((block) => [c.bold(block.heading), ...block.lines.map((line) => `  ${line}`), '']);
}

/** The console view: discovery, then hosts, then findings most severe first, then one summary line. */
export function renderHuman(unsafe: Report, c: Colors, text: ReportText = reportText('en')): string {
  const report = displaySafe(unsafe);
  const lines = [
    ...clientSection(report, c, text),
    ...kmsHostSection(report, c, text),
    ...discoverySection(report, c, text),
    ...targetsSection(report, c, text),
    ...activationSection(report, c, text),
  ];
  lines.push(
    ...findingsLines(report.findings, c, text),
    summaryLine(report, c, text, text('report.verdict.probes', { probes: report.summary.probes, duration: seconds(report.durationMs) })),
  );
  return `${lines.join('\n')}\n`;
}
