import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The package root, found by walking up from this file, so data files are found the same way from
 * `src/` under tsx and from `dist/src/` when compiled. A function, not a constant: the bundle
 * (dist/kmsdoctor-bundle.cjs with its parts, and the exe's script) carries its files inside and
 * never needs it.
 */
export function packageRoot(): string {
  if (found !== undefined) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'kms-doctor') return (found = dir);
    } catch {
      // not here; keep walking up
    }
    dir = dirname(dir);
  }
  throw new Error('kms-doctor: cannot find its own package.json');
}
