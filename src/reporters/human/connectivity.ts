import { displaySafe } from '../../report/display-text.js';
import { hostLines } from '../../report/host-text.js';
import type { Report, ReportTarget } from '../../report/report.js';
import type { Colors } from '../output-context.js';
import { renderTable } from '../table.js';
import { renderActivation } from './activation.js';
import { kmsFactLines, productLines } from './client-facts.js';
import { findingsLines, plural, summaryLine } from './findings.js';

export { findingBlock } from './findings.js';

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Words and symbols together, so the output reads the same without colour. */
function stateCell(state: string | null, c: Colors): string {
  if (state === null) return c.dim('—');
  const good = ['open', 'kms', 'ok', 'ready', 'port-open'];
  const bad = ['closed', 'filtered', 'port-closed', 'port-filtered', 'context-rejected', 'unreachable', 'unresolved', 'not-kms', 'not-rpc', 'no-reply', 'rpc-rejected', 'interface-not-supported', 'transfer-syntax-refused', 'bind-nak', 'timeout', 'refused', 'cancelled', 'error', 'truncated', 'call-id-mismatch', 'rpc-invalid', 'incomplete'];
  if (good.includes(state)) return c.green(`✔ ${state}`);
  if (bad.includes(state)) return c.red(`✖ ${state}`);
  return c.yellow(`• ${state}`);
}

/** What the client is and what it will do, before any network result. */
function clientSection(report: Report, c: Colors): string[] {
  const client = report.client;
  if (!client) return [];
  const trusted = client.products.find((product) => product.primary)?.trustedTime;
  return [
    c.bold(`Client${client.computer ? ` ${client.computer}` : ''} (from ${client.sources.join(' + ')}, ${client.collectedAt})`),
    ...productLines(client.products, c),
    ...kmsFactLines(client.kms, c),
    ...(trusted ? [`  ${'trusted time'.padEnd(14)}${trusted}`] : []),
    ...client.plan.steps.map((step) => `  → ${step}`),
    ...(client.attempts.length > 0 ? [c.dim('  last activation attempts (events 12288/12289):')] : []),
    ...client.attempts.map((attempt) => `    ${attempt.time}  ${attempt.host ?? '?'}  ${attempt.answered ? `${attempt.responseHresult ?? attempt.requestHresult ?? '?'}, count ${attempt.currentCount ?? '?'}${attempt.minimumCount !== null ? `/${attempt.minimumCount}` : ''}` : c.red('no answer')}`),
    ...client.notes.slice(0, 5).map((note) => c.dim(`  note: ${note}`)),
    ...(client.notes.length > 5 ? [c.dim(`  (${client.notes.length - 5} more notes in --json)`)] : []),
    '',
  ];
}

function discoverySection(report: Report, c: Colors): string[] {
  if (report.discovery.length === 0) return [];
  const rows = [['query', 'server', 'outcome', 'records', 'authority', 'via', 'time'].map((h) => c.dim(h))];
  for (const domain of report.discovery) {
    for (const answer of domain.answers) {
      const result = report.results.find((r) => r.id === answer.probe);
      rows.push([
        domain.role === 'comparison' ? `${domain.queryName} ${c.dim('(compared, not queried by the client)')}` : domain.queryName,
        answer.server,
        stateCell(answer.status, c),
        answer.rcode === null ? '' : String(answer.records),
        answer.authoritative === null ? '' : answer.authoritative ? 'authoritative' : 'cached',
        answer.transport === 'tcp' ? 'tcp (truncated over udp)' : (answer.transport ?? ''),
        result ? seconds(result.durationMs) : '',
      ]);
    }
  }
  return [c.bold(`DNS discovery (${report.dnsServerSource === 'given' ? 'servers given' : 'this machine\'s resolvers'})`), ...renderTable(rows), ''];
}

function targetRows(target: ReportTarget, report: Report, c: Colors): string[][] {
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
    report.phases.activationPort ? stateCell(endpoint.activationState, c) : c.dim('not tested'),
    report.phases.managementPort ? stateCell(endpoint.managementState, c) : c.dim('not tested'),
    report.phases.rpc ? stateCell(endpoint.rpcVerdict, c) + (endpoint.rpcAcceptsAnyInterface ? c.yellow(' (any interface)') : '') : c.dim('not tested'),
    i === 0 ? stateCell(target.verdict, c) : '',
  ]);
}

function targetsSection(report: Report, c: Colors): string[] {
  if (report.targets.length === 0) return [];
  const managementPort = report.targets[0]?.endpoints[0]?.managementPort ?? 135;
  const header = ['#', 'host:port', 'prio/wt', 'share', 'address', 'KMS port', `${managementPort} (mgmt)`, 'RPC bind', 'verdict'].map((h) => c.dim(h));
  const rows = [header, ...report.targets.flatMap((target) => targetRows(target, report, c))];
  const note = report.targets.some((t) => t.rank !== null) ? ' — in one order a client could try them (RFC 2782 draw)' : '';
  return [c.bold(`KMS hosts${note}`), ...renderTable(rows), ''];
}

/** The one activation request of `--activation-request`, or why none was sent. */
function activationSection(report: Report, c: Colors): string[] {
  if (report.activation) return renderActivation(report.activation, c);
  const note = (report.input as { activationRequest?: { note?: unknown } } | undefined)?.activationRequest?.note;
  return typeof note === 'string' ? [c.bold('Activation probe'), `  ${note}`, ''] : [];
}

/** KMS hosts given to analyze: health, key coverage, log, count split. */
function kmsHostSection(report: Report, c: Colors): string[] {
  if (!report.host) return [];
  return hostLines(report.host).flatMap((block) => [c.bold(block.heading), ...block.lines.map((line) => `  ${line}`), '']);
}

/** The console view: discovery, then hosts, then findings most severe first, then one summary line. */
export function renderHuman(unsafe: Report, c: Colors): string {
  const report = displaySafe(unsafe);
  const lines = [...clientSection(report, c), ...kmsHostSection(report, c), ...discoverySection(report, c), ...targetsSection(report, c), ...activationSection(report, c)];
  lines.push(...findingsLines(report.findings, c), summaryLine(report, c, `${plural(report.summary.probes, 'probe')} in ${seconds(report.durationMs)}`));
  return `${lines.join('\n')}\n`;
}
