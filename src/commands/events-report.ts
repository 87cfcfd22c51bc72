/** `events` through the one pipeline: offline, the events of every export, newest first, and the attempts they make up. */
import type { Message } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { analyzeEvents } from '../events/attempts.js';
import { readEventFile } from '../events/read-events.js';
import type { TextEncoding } from '../inputs/encoding-names.js';
import type { EventsReport } from '../report/events-report.js';
import type { KmsEvent } from '../snapshot/model.js';
import { notesOfFile } from '../snapshot/notes.js';
import { type OutputChoice, runReport } from './run-report.js';

/** Newest first across every file (the order readEventFile gives within one file). */
function newestFirst(a: KmsEvent, b: KmsEvent): number {
  const byTime = Date.parse(b.timeCreated) - Date.parse(a.timeCreated);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : (b.recordId ?? 0) - (a.recordId ?? 0);
}

interface EventsRun {
  output: OutputChoice;
  files: string[];
  maxEvents: number | undefined;
  encoding: TextEncoding | undefined;
}

/** Every export read; an unreadable one is bad input (exit 2) before anything is reported. */
async function readEvents(args: EventsRun): Promise<{ events: KmsEvent[]; warnings: Message[] }> {
  const events: KmsEvent[] = [];
  const warnings: Message[] = [];
  for (const file of args.files) {
    const read = await readEventFile(file, { ...(args.maxEvents === undefined ? {} : { maxEvents: args.maxEvents }), encoding: args.encoding });
    events.push(...read.events);
    warnings.push(...notesOfFile(file, read.warnings));
  }
  events.sort(newestFirst);
  return { events, warnings };
}

export async function runEventsReport(args: EventsRun): Promise<{ exitCode: number; report: EventsReport }> {
  return runReport({
    command: 'events',
    kind: 'events',
    output: args.output,
    probing: null,
    input: () => ({ files: args.files, ...(args.maxEvents === undefined ? {} : { maxEvents: args.maxEvents }) }),
    load: () => readEvents(args),
    observe: async (_observation, { events, warnings }) => ({ events, warnings, ...analyzeEvents(events) }),
    // Reading events judges nothing: analyze and connectivity turn them into findings.
    evaluate: () => [],
    section: ({ events, attempts, failures, warnings }, locale) => ({
      events,
      attempts,
      failures,
      warnings: warnings.map((warning) => render(warning, locale)),
      warningMessages: warnings,
    }),
  });
}
