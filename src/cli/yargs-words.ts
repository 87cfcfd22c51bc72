/**
 * yargs' own words (Options:, [required], "Unknown argument: %s") for each language that is not
 * English, loaded only when that language is chosen. yargs would read them from files beside its
 * own module, which the bundle and the exe do not have; a language without an entry here gets
 * yargs' English words around its own help text.
 */
import type { Locale } from '../catalog/catalogs.js';

type YargsWords = Record<string, string>;

const LOADERS: Partial<Record<Locale, () => Promise<YargsWords>>> = {
  ja: async () => (await import('../catalog/ja/yargs-strings.js')).YARGS_JA as YargsWords,
};

export async function yargsWords(locale: Locale): Promise<YargsWords | undefined> {
  return LOADERS[locale]?.();
}
