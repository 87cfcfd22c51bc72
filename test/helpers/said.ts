/** Notes and warnings the readers keep as catalog messages, said as a report says them (English by default). */
import type { Locale } from '../../src/catalog/catalogs.js';
import type { Message } from '../../src/catalog/message.js';
import { render } from '../../src/catalog/render.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { snapshotNotes } from '../../src/snapshot/notes.js';

export function said(messages: readonly Message[], locale: Locale = 'en'): string[] {
  return messages.map((message) => render(message, locale));
}

/** Every note of a snapshot (the collector's and the readers'), said in `locale`. */
export function notesSaid(snapshot: Snapshot, locale: Locale = 'en'): string[] {
  return said(snapshotNotes(snapshot), locale);
}
