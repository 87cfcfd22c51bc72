import type { FleetSection, FleetSummaryExtra } from '../fleet/model.js';
import type { Envelope, ReportSummary } from './envelope.js';

/** `kmsdoctor fleet`'s report: the envelope, the fleet's views, and its own summary counts. */
export type FleetReport = Envelope<'fleet'> & FleetSection & { summary: ReportSummary & FleetSummaryExtra };
