/** The console view of an `events` report: one line per event, newest first, then what could not be read. */
import { displaySafe } from '../../report/display-text.js';
import type { EventsReport } from '../../report/events-report.js';
import type { KmsEvent } from '../../snapshot/model.js';
import type { Colors } from '../output-context.js';
import { type ReportText, reportText } from '../report-text.js';
import { padDisplay } from '../table.js';

function eventLine(event: KmsEvent): string {
  const fields = event.fields as { hresult?: string; host?: string | null; port?: number | null; domain?: string | null } | null;
  const where = fields?.host ? `${fields.host}${fields.port ? `:${fields.port}` : ''}` : (fields?.domain ?? '');
  return [event.timeCreated, String(event.id).padEnd(5), padDisplay(event.computer ?? '-', 24), padDisplay(fields?.hresult ?? '-', 10), where].join('  ').trimEnd();
}

export function renderEventsHuman(unsafe: EventsReport, c: Colors, text: ReportText = reportText('en')): string {
  const report = displaySafe(unsafe);
  const lines = report.events.length === 0 ? [text('report.events.none')] : report.events.map(eventLine);
  for (const warning of report.warnings) lines.push(c.dim(`${text('report.label.note')} ${warning}`));
  return `${lines.join('\n')}\n`;
}
