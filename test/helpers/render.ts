/** Renders a report as the CLI would, through the reporter registry, without colour. */
import pc from 'picocolors';
import type { AnyReport } from '../../src/report/any-report.js';
import type { ReportFormat } from '../../src/reporters/formats.js';
import { type ReporterContext, renderReport } from '../../src/reporters/registry.js';

export function render(report: AnyReport, format: ReportFormat, context: Partial<ReporterContext> = {}): string {
  return renderReport(report, format, { colors: pc.createColors(false), locale: 'en', ...context });
}
