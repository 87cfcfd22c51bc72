import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedFile } from './embedded-files.js';
import { packageRoot } from './package-root.js';

/**
 * The text of a file the CLI needs at run time, named by its path in the package
 * (`src/catalog/en/pages/dns/srv-missing.md`): from inside the bundle when running as one, else from
 * the package folder. Every runtime file is read through here, so the bundle build knows them all
 * (build/runtime-files.ts lists them, and a test checks that list against the sources).
 */
export function readRuntimeFile(path: string): string {
  if (embeddedFile !== undefined) {
    const text = embeddedFile(path);
    if (text === undefined) throw new Error(`kms-doctor: ${path} is not part of this build`);
    return text;
  }
  return readFileSync(join(packageRoot(), ...path.split('/')), 'utf8');
}
