/** One entry for every fleet format; CSV is per client, the others render the report. */
import type { FleetClient } from '../client-row.js';
import type { FleetReport } from '../model.js';
import { renderFleetCsv } from './csv.js';
import { renderFleetHtml } from './html.js';
import { renderFleetHuman } from './human.js';
import { renderFleetJunit } from './junit.js';
import { renderFleetMarkdown } from './markdown.js';

export type FleetFormat = 'human' | 'json' | 'markdown' | 'html' | 'csv' | 'junit';

export function renderFleet(report: FleetReport, format: FleetFormat, clients: Iterable<FleetClient>): string {
  switch (format) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown': return renderFleetMarkdown(report);
    case 'html': return renderFleetHtml(report);
    case 'csv': return renderFleetCsv(clients);
    case 'junit': return renderFleetJunit(report);
    default: return renderFleetHuman(report);
  }
}
