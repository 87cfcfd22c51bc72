/**
 * The kind's own section as plain tables, for the general Markdown and HTML reporters: enough to
 * read the report without the JSON (readiness and fleet have richer views of their own).
 */
import type { AnyReport } from '../../report/any-report.js';

export interface SectionTable {
  heading: string;
  header: string[];
  rows: string[][];
}

/** Long lists (events) stop here in a page; the JSON keeps them all. */
const ROW_CAP = 200;

const text = (value: unknown): string => (value === null || value === undefined ? '—' : String(value));

function connectivityTables(report: Extract<AnyReport, { kind: 'connectivity' }>): SectionTable[] {
  return [
    {
      heading: 'DNS discovery',
      header: ['query', 'server', 'status', 'records'],
      rows: report.discovery.flatMap((domain) => domain.answers.map((answer) => [domain.queryName, answer.server, answer.status, String(answer.records)])),
    },
    {
      heading: 'KMS hosts',
      header: ['host:port', 'source', 'verdict', 'addresses'],
      rows: report.targets.map((target) => [`${target.name}:${target.port}`, target.source, target.verdict, target.endpoints.map((endpoint) => `${endpoint.address} (${text(endpoint.activationState)}, rpc ${text(endpoint.rpcVerdict)})`).join('; ') || '—']),
    },
  ];
}

function publicationTables(report: Extract<AnyReport, { kind: 'publication' }>): SectionTable[] {
  return [
    {
      heading: 'SRV records per server',
      header: ['domain', 'zone', 'server', 'role', 'status', 'records'],
      rows: report.domains.flatMap((domain) => domain.answers.map((answer) => [domain.domain, domain.zone, answer.server, answer.role, answer.status, answer.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target}`).join('; ') || '—'])),
    },
    {
      heading: 'Records of hosts not expected',
      header: ['domain', 'target:port', 'classification', 'verdict'],
      rows: report.unexpected.map((record) => [record.domain, `${record.target}:${record.port}`, record.classification, record.verdict]),
    },
  ];
}

function activationTables(report: Extract<AnyReport, { kind: 'activation-probe' }>): SectionTable[] {
  const { activation } = report;
  const response = activation.response;
  return [
    {
      heading: 'Activation probe',
      header: ['fact', 'value'],
      rows: [
        ['target', `${activation.target.host}:${activation.target.port}`],
        ['mode', activation.mode],
        ['product', activation.product.name],
        ['status', text(activation.probe?.status ?? 'not sent')],
        ['HRESULT', text(response?.explained?.code)],
        ['count', response?.currentCount === null || response?.currentCount === undefined ? '—' : `${response.currentCount} (needs ${response.minimumCount})`],
        ['host ePID', text(response?.epid?.raw)],
      ],
    },
  ];
}

function eventsTables(report: Extract<AnyReport, { kind: 'events' }>): SectionTable[] {
  return [
    {
      heading: report.events.length > ROW_CAP ? `Activation events (newest ${ROW_CAP} of ${report.events.length})` : 'Activation events',
      header: ['time', 'id', 'computer', 'HRESULT'],
      rows: report.events.slice(0, ROW_CAP).map((event) => [event.timeCreated, String(event.id), text(event.computer), text((event.fields as { hresult?: string } | null)?.hresult)]),
    },
  ];
}

export function sectionTables(report: AnyReport): SectionTable[] {
  switch (report.kind) {
    case 'connectivity': return connectivityTables(report);
    case 'publication': return publicationTables(report);
    case 'activation-probe': return activationTables(report);
    case 'events': return eventsTables(report);
    default: return [];
  }
}

/** The report's notes, whichever kind carries them. */
export function reportNotes(report: AnyReport): string[] {
  return 'notes' in report && Array.isArray(report.notes) ? report.notes : [];
}
