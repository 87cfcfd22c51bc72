/**
 * Reads a fleet's snapshots: every `*.json` under the folders given (recursively) and every file
 * named, one after another, each through the one snapshot loader. Each snapshot is
 * reduced to its fleet row as soon as it is read and then dropped, so memory grows with the number
 * of machines (a few hundred bytes each), never with the size of their snapshots.
 *
 * A file that is not a valid snapshot does not stop the run: among thousands, one broken file is
 * expected. It is listed with its reason, and a fleet in which no client could be read is exit 2.
 */

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from '../catalog/input-error.js';
import { UsageError } from '../core/usage-error.js';
import { loadSnapshotSync, prepareSnapshotValidator } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';

/** The files a list of paths stands for; a path that does not exist is a usage error. */
export async function expandFleetPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw inputError('input-error.cannot-read', { path, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile() && /\.json$/i.test(entry.name))
        .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
      files.push(...found.sort());
    } else files.push(path);
  }
  return [...new Set(files)];
}

export interface FleetReadHandlers {
  snapshot(snapshot: Snapshot, file: string): void;
  unreadable(file: string, reason: string): void;
}

/**
 * Loads every file in turn, synchronously: on a warm page cache the promise machinery of an async
 * read costs more than the read, and nothing else runs meanwhile (probes start afterwards). The
 * loop yields to the event loop now and then so a signal (Ctrl+C) is still handled.
 */
export async function readFleet(files: readonly string[], handlers: FleetReadHandlers): Promise<void> {
  await prepareSnapshotValidator();
  for (let index = 0; index < files.length; index += 1) {
    const file = files[index]!;
    let snapshot: Snapshot;
    try {
      snapshot = loadSnapshotSync(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      handlers.unreadable(file, error.message);
      continue;
    }
    handlers.snapshot(snapshot, file);
    if (index % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }
}
