/**
 * A temporary folder for one uvu suite: made before its first test, removed after its last. The
 * folder's path is known only once the suite runs, so a getter is returned.
 *
 *   const scratch = scratchDir(files, 'kmsd-sniff-');
 *   files('…', () => writeFileSync(join(scratch(), 'a.txt'), '…'));
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'uvu';

export function scratchDir(test: Test, prefix: string): () => string {
  let dir = '';
  test.before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  test.after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}
