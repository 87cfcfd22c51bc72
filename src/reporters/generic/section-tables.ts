/**
 * The kind's own section as plain tables, for the general Markdown and HTML reporters: enough to
 * read the report without the JSON (readiness and fleet have richer views of their own).
 */
import type { AnyReport } from '../../report/any-report.js';
import type { ReportMessageId, ReportText } from '../report-text.js';

export interface SectionTable {
  heading: string;
  header: string[];
  rows: string[][];
}

/** Long lists (events) stop here in a page; the JSON keeps them all. */
const ROW_CAP = 200;

const shown = (value: unknown): string => (value === null || value === undefined ? '—' : String(value));

type Column = ReportMessageId extends infer K ? (K extends `report.column.${infer C}` ? C : never) : never;

/** Column headings in the report's language. */
const headings = (text: ReportText, columns: readonly Column[]) => columns.map((column) => text(`report.column.${column}`));

/** The summary's figures, as the verdict and counts lines of a page name them. */
export function pageFigures(report: AnyReport) {
  const s = report.summary;
  return { verdict: s.verdict.toUpperCase(), errors: s.errors, warnings: s.warnings, infos: s.infos, probes: s.probes, failOn: s.failOn };
}

function connectivityTables(report: Extract<AnyReport, { kind: 'connectivity' }>, text: ReportText): SectionTable[] {
  return [
    {
      heading: text('report.section.discovery'),
      header: headings(text, ['query', 'server', 'status', 'records']),
      rows: report.discovery.flatMap((domain) => domain.answers.map((answer) => [domain.queryName, answer.server, answer.status, String(answer.records)])),
    },
    {
      heading: text('report.section.targets'),
      header: headings(text, ['host', 'source', 'verdict', 'addresses']),
      rows: report.targets.map((target) => [
        `${target.name}:${target.port}`,
        target.source,
        target.verdict,
        target.endpoints
          .map((endpoint) => text('report.endpoint.state', { address: endpoint.address, state: shown(endpoint.activationState), rpc: shown(endpoint.rpcVerdict) }))
          .join('; ') || '—',
      ]),
    },
  ];
}

function publicationTables(report: Extract<AnyReport, { kind: 'publication' }>, text: ReportText): SectionTable[] {
  return [
    {
      heading: text('report.section.publication'),
      header: headings(text, ['domain', 'zone', 'server', 'role', 'status', 'records']),
      rows: report.domains.flatMap((domain) =>
        domain.answers.map((answer) => [
          domain.domain,
          domain.zone,
          answer.server,
          answer.role,
          answer.status,
          answer.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target}`).join('; ') || '—',
        ]),
      ),
    },
    {
      heading: text('report.section.unexpected'),
      header: headings(text, ['domain', 'target', 'classification', 'verdict']),
      rows: report.unexpected.map((record) => [record.domain, `${record.target}:${record.port}`, record.classification, record.verdict]),
    },
  ];
}

function activationTables(report: Extract<AnyReport, { kind: 'activation-probe' }>, text: ReportText): SectionTable[] {
  const { activation } = report;
  const response = activation.response;
  return [
    {
      heading: text('report.section.activation'),
      header: headings(text, ['fact', 'value']),
      rows: [
        [text('report.fact.target'), `${activation.target.host}:${activation.target.port}`],
        [text('report.fact.mode'), activation.mode],
        [text('report.fact.product'), activation.product.name],
        [text('report.fact.status'), activation.probe?.status ?? text('report.fact.not-sent')],
        ['HRESULT', shown(response?.explained?.code)],
        [
          text('report.fact.count'),
          response?.currentCount === null || response?.currentCount === undefined
            ? '—'
            : text('report.fact.count-needs', { count: response.currentCount, need: response.minimumCount }),
        ],
        [text('report.client.fact.host-epid'), shown(response?.epid?.raw)],
      ],
    },
  ];
}

function productsTables(report: Extract<AnyReport, { kind: 'products' }>, text: ReportText): SectionTable[] {
  const columns = ['product', 'sku', 'kms-id', 'application', 'protocol', 'minimum'] as const;
  return [
    {
      heading: text('activation.products.heading'),
      header: columns.map((column) => text(`activation.products.column.${column}`)),
      rows: report.products.map((p) => [
        p.aliases.length > 0 ? `${p.name} (${p.aliases.join(', ')})` : p.name,
        shown(p.skuId),
        `${p.kmsCountedId} (${p.kmsGroup})${p.unverifiedIds ? ' †' : ''}`,
        p.application,
        `v${p.protocol}`,
        String(p.minimumCount),
      ]),
    },
  ];
}

function eventsTables(report: Extract<AnyReport, { kind: 'events' }>, text: ReportText): SectionTable[] {
  return [
    {
      heading: report.events.length > ROW_CAP ? text('report.section.events.capped', { shown: ROW_CAP, total: report.events.length }) : text('report.section.events'),
      header: [...headings(text, ['time', 'id', 'computer']), 'HRESULT'],
      rows: report.events
        .slice(0, ROW_CAP)
        .map((event) => [event.timeCreated, String(event.id), shown(event.computer), shown((event.fields as { hresult?: string } | null)?.hresult)]),
    },
  ];
}

export function sectionTables(report: AnyReport, text: ReportText): SectionTable[] {
  switch (report.kind) {
    case 'connectivity':
      return connectivityTables(report, text);
    case 'publication':
      return publicationTables(report, text);
    case 'activation-probe':
      return activationTables(report, text);
    case 'products':
      return productsTables(report, text);
    case 'events':
      return eventsTables(report, text);
    default:
      return [];
  }
}

/** The report's notes, whichever kind carries them. */
export function reportNotes(report: AnyReport): string[] {
  return 'notes' in report && Array.isArray(report.notes) ? report.notes : [];
}
