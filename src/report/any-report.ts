/** Every kind of report, by its `kind`: what the reporters and the runner handle. */

import type { ActivationProbeReport } from './activation-report.js';
import type { EventsReport } from './events-report.js';
import type { FleetReport } from './fleet-report.js';
import type { ProductsReport } from './products-report.js';
import type { PublicationReport } from './publication-report.js';
import type { ReadinessReport } from './readiness.js';
import type { Report } from './report.js';

export interface ReportOfKind {
  connectivity: Report;
  publication: PublicationReport;
  readiness: ReadinessReport;
  'activation-probe': ActivationProbeReport;
  products: ProductsReport;
  events: EventsReport;
  fleet: FleetReport;
}

export type AnyReport = ReportOfKind[keyof ReportOfKind];
