/** The console view of an `events` report: one line per event, newest first, then what could not be read. */
import { displaySafe } from '../../report/display-text.js';
import type { EventsReport } from '../../report/events-report.js';
import type { KmsEvent } from '../../snapshot/model.js';
import type { Colors } from '../output-context.js';

function eventLine(event: KmsEvent): string {
  const fields = event.fields as { hresult?: string; host?: string | null; port?: number | null; domain?: string | null } | null;
  const where = fields?.host ? `${fields.host}${fields.port ? `:${fields.port}` : ''}` : (fields?.domain ?? '');
  return [event.timeCreated, String(event.id).padEnd(5), (event.computer ?? '-').padEnd(24), (fields?.hresult ?? '-').padEnd(10), where].join('  ').trimEnd();
}

export function renderEventsHuman(unsafe: EventsReport, c: Colors): string {
  const report = displaySafe(unsafe);
  const lines = report.events.length === 0 ? ['No activation events in the given files.'] : report.events.map(eventLine);
  for (const warning of report.warnings) lines.push(c.dim(`note: ${warning}`));
  return `${lines.join('\n')}\n`;
}
