import { type Message, msg } from '../catalog/message.js';
import type { Snapshot } from './model.js';

/** Each note prefixed with the file it came from (an admin sends several files). */
export function notesOfFile(path: string, notes: readonly Message[]): Message[] {
  return notes.map((note) => msg('input-note.in-file', { path, note }));
}

/** The snapshot with the notes its reader left naming `path`. */
export function namingFile(snapshot: Snapshot, path: string): Snapshot {
  return { ...snapshot, noteMessages: notesOfFile(path, snapshot.noteMessages ?? []) };
}

/** Every note of a snapshot as a message: the collector's words as written, then the readers' notes. */
export function snapshotNotes(snapshot: Snapshot): Message[] {
  return [...snapshot.notes.map((text) => msg('input-note.as-written', { text })), ...(snapshot.noteMessages ?? [])];
}
