import type { Snapshot } from '../snapshot/model.js';

/** Adds the events of exported files to a snapshot (placeholder until event exports can be read). */
export async function mergeEvents(snapshot: Snapshot, files: string[]): Promise<Snapshot> {
  if (files.length === 0) return snapshot;
  return snapshot;
}
