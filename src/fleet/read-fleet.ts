/**
 * Reads a fleet's snapshots: every `*.json` under the folders given (recursively) and every file
 * named, a bounded number at a time, each through the one snapshot loader. Each snapshot is
 * reduced to its fleet row as soon as it is read and then dropped, so memory grows with the number
 * of machines (a few hundred bytes each), never with the size of their snapshots.
 *
 * A file that is not a valid snapshot does not stop the run: among thousands, one broken file is
 * expected. It is listed with its reason, and a fleet in which no client could be read is exit 2.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { UsageError } from '../core/usage-error.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';

/** Enough reads in flight to hide file-system latency; parsing is the CPU-bound part anyway. */
const READ_CONCURRENCY = 16;

/** The files a list of paths stands for; a path that does not exist is a usage error. */
export async function expandFleetPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries.filter((entry) => entry.isFile() && /\.json$/i.test(entry.name)).map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
      files.push(...found.sort());
    } else files.push(path);
  }
  return [...new Set(files)];
}

export interface FleetReadHandlers {
  snapshot(snapshot: Snapshot, file: string): void;
  unreadable(file: string, reason: string): void;
}

/** Loads every file, at most READ_CONCURRENCY at once; handlers run as each one arrives. */
export async function readFleet(files: readonly string[], handlers: FleetReadHandlers): Promise<void> {
  const limit = pLimit(READ_CONCURRENCY);
  await Promise.all(files.map((file) => limit(async () => {
    let snapshot: Snapshot;
    try {
      snapshot = await loadSnapshot(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      handlers.unreadable(file, error.message);
      return;
    }
    handlers.snapshot(snapshot, file);
  })));
}
