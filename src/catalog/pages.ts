import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { Locale } from './catalogs.js';

/**
 * Each finding's page, one folder of pages per language beside its catalog:
 * `src/catalog/<locale>/pages/<area>/<name>.md` for `<area>/<name>`. `kmsdoctor explain` prints it
 * (read through readRuntimeFile, so the bundle carries every language's pages).
 */
export function findingPageFile(findingId: string, locale: Locale): string {
  return `src/catalog/${locale}/pages/${findingId}.md`;
}

/** Where that page is in this checkout (for tests and tools). */
export function findingPagePath(findingId: string, locale: Locale): string {
  return join(packageRoot(), ...findingPageFile(findingId, locale).split('/'));
}
