import { parseEventFields } from '../events/fields.js';
import { readEventFile } from '../events/read-events.js';
import type { TextEncoding } from '../inputs/text-encoding.js';
import type { KmsEvent, Snapshot } from '../snapshot/model.js';
import { notesOfFile } from '../snapshot/notes.js';

/** The same record exported twice (a snapshot and an export) counts once. */
const identity = (event: KmsEvent) => `${event.log ?? ''}|${event.recordId ?? ''}|${event.id}|${event.timeCreated}|${event.data.join(',')}`;

/**
 * Adds the events of exported files to a snapshot, newest first and without duplicates, and
 * parses the fields of any event that arrived with raw data only (the collector leaves that to us).
 */
export async function mergeEvents(snapshot: Snapshot, files: string[], options: { encoding?: TextEncoding | undefined } = {}): Promise<Snapshot> {
  const noteMessages = [...(snapshot.noteMessages ?? [])];
  const incoming: KmsEvent[] = [];
  for (const file of files) {
    const result = await readEventFile(file, { encoding: options.encoding });
    incoming.push(...result.events);
    noteMessages.push(...notesOfFile(file, result.warnings));
  }
  const seen = new Set<string>();
  const events = [...snapshot.events, ...incoming]
    .map((event) => (event.fields ? event : { ...event, fields: parseEventFields(event.id, event.data) }))
    .filter((event) => {
      const key = identity(event);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => Date.parse(b.timeCreated) - Date.parse(a.timeCreated));
  const sources = files.length > 0 && !snapshot.sources.includes('events') ? [...snapshot.sources, 'events' as const] : snapshot.sources;
  return { ...snapshot, sources, events, noteMessages };
}
