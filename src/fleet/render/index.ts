/** One entry for every fleet format; CSV is per client, the others render the report. */
import type { FleetClient } from '../client-row.js';
import type { FleetReport } from '../model.js';
import { renderFleetCsv } from './csv.js';
import { renderFleetHtml } from './html.js';
import { renderFleetHuman } from './human.js';
import { renderFleetJunit } from './junit.js';
import { renderFleetMarkdown } from './markdown.js';
import { displaySafe, jsonText } from '../../report/display-text.js';

export type FleetFormat = 'human' | 'json' | 'markdown' | 'html' | 'csv' | 'junit';

/**
 * Names and notes come from snapshots (hostile text): every format but JSON gets them through the
 * one escaping function of the renderers, once, here; JSON keeps exact values with terminal-active
 * characters written as \u escapes.
 */
export function renderFleet(report: FleetReport, format: FleetFormat, clients: Iterable<FleetClient>): string {
  if (format === 'json') return `${jsonText(report, 2)}\n`;
  const safe = displaySafe(report);
  switch (format) {
    case 'markdown': return renderFleetMarkdown(safe);
    case 'html': return renderFleetHtml(safe);
    case 'csv': return renderFleetCsv([...clients].map((client) => displaySafe(client)));
    case 'junit': return renderFleetJunit(safe);
    default: return renderFleetHuman(safe);
  }
}
