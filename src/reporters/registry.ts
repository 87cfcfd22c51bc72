/**
 * The reporter registry: one entry per format, each able to render any report. A kind with a richer
 * view of its own (readiness, fleet, each kind's console view) registers it here under the format;
 * every other kind gets the format's general rendering of the envelope and its section.
 *
 * JSON and NDJSON carry the exact values (terminal-active characters as \u escapes); every other
 * format renders the report after display-text.ts made its control characters visible, once, here.
 */

import type { Locale } from '../catalog/catalogs.js';
import type { FleetClient } from '../fleet/client-row.js';
import type { AnyReport, ReportOfKind } from '../report/any-report.js';
import { displaySafe } from '../report/display-text.js';
import type { ReportKind } from '../report/envelope.js';
import { renderFleetCsv } from './fleet/csv.js';
import { renderFleetHtml } from './fleet/html.js';
import { renderFleetHuman } from './fleet/human.js';
import { renderFleetJunit } from './fleet/junit.js';
import { renderFleetMarkdown } from './fleet/markdown.js';
import type { ReportFormat } from './formats.js';
import { renderHtml } from './generic/html.js';
import { renderJunit } from './generic/junit.js';
import { renderMarkdown } from './generic/markdown.js';
import { renderProductList } from './human/activation.js';
import { renderActivationProbeHuman } from './human/activation-probe.js';
import { renderHuman } from './human/connectivity.js';
import { renderEventsHuman } from './human/events.js';
import { renderPublicationHuman } from './human/publication.js';
import { renderJson } from './json.js';
import { ndjsonTail } from './ndjson.js';
import type { Colors } from './output-context.js';
import { renderReadinessHtml, renderReadinessHuman, renderReadinessJunit, renderReadinessMarkdown } from './readiness.js';
import { reportText } from './report-text.js';

export interface ReporterContext {
  colors: Colors;
  /** The language of the words around the data (the findings were rendered in it already). */
  locale: Locale;
  /** Per-client rows (fleet CSV): data that is not in the report. */
  fleetClients?: Iterable<FleetClient> | undefined;
}

type Render<R> = (report: R, context: ReporterContext) => string;

interface Reporter {
  /** Gets the report as the run built it (true for JSON formats), or with its text made visible. */
  raw: boolean;
  general: Render<AnyReport> | null;
  byKind: { [K in ReportKind]?: Render<ReportOfKind[K]> };
}

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  human: {
    raw: false,
    general: null,
    byKind: {
      connectivity: (report, { colors, locale }) => renderHuman(report, colors, reportText(locale)),
      publication: (report, { colors, locale }) => renderPublicationHuman(report, colors, reportText(locale)),
      readiness: (report, { locale }) => renderReadinessHuman(report, locale),
      'activation-probe': (report, { colors, locale }) => renderActivationProbeHuman(report, colors, reportText(locale)),
      products: (report, { colors, locale }) => renderProductList(report.products, colors, reportText(locale)),
      events: (report, { colors, locale }) => renderEventsHuman(report, colors, reportText(locale)),
      fleet: (report, { locale }) => renderFleetHuman(report, locale),
    },
  },
  json: { raw: true, general: (report) => renderJson(report), byKind: {} },
  ndjson: { raw: true, general: (report) => ndjsonTail(report), byKind: {} },
  markdown: {
    raw: false,
    general: (report, { locale }) => renderMarkdown(report, locale),
    byKind: { readiness: (report, { locale }) => renderReadinessMarkdown(report, locale), fleet: (report, { locale }) => renderFleetMarkdown(report, locale) },
  },
  html: {
    raw: false,
    general: (report, { locale }) => renderHtml(report, locale),
    byKind: { readiness: (report, { locale }) => renderReadinessHtml(report, locale), fleet: (report, { locale }) => renderFleetHtml(report, locale) },
  },
  junit: {
    raw: false,
    general: (report, { locale }) => renderJunit(report, locale),
    byKind: { readiness: (report, { locale }) => renderReadinessJunit(report, locale), fleet: (report, { locale }) => renderFleetJunit(report, locale) },
  },
  csv: { raw: false, general: null, byKind: { fleet: (_report, { fleetClients }) => renderFleetCsv([...(fleetClients ?? [])].map((client) => displaySafe(client))) } },
};

/** Whether `format` can render a report of `kind` (csv is fleet's alone). */
export function canRender(format: ReportFormat, kind: ReportKind): boolean {
  const reporter = REPORTERS[format];
  return reporter.general !== null || reporter.byKind[kind] !== undefined;
}

/** The report in `format`: the kind's own view when registered, else the format's general one. */
export function renderReport(report: AnyReport, format: ReportFormat, context: ReporterContext): string {
  const reporter = REPORTERS[format];
  const shown = reporter.raw ? report : displaySafe(report);
  const own = reporter.byKind[report.kind] as Render<AnyReport> | undefined;
  const render = own ?? reporter.general;
  if (!render) throw new Error(`no ${format} reporter for a ${report.kind} report`);
  return render(shown, context);
}
