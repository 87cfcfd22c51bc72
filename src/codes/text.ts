import type { Locale } from '../catalog/catalogs.js';
import { EN_CODES } from '../catalog/en/codes.js';
import { JA_CODES } from '../catalog/ja/codes.js';
import type { KmsCode } from './catalog.js';

/** What an error-code page says in one language; everything else about a code is language-neutral (./catalog.ts). */
export interface CodeText {
  /** What the code means; the first sentence is the one-line summary. */
  meaning: string;
  likelyCauses: readonly string[];
  /** Ordered steps, exact commands where there is one. */
  remedies: readonly string[];
  /** Where a person sees it: a command or an event id. */
  where: readonly string[];
  /** Discrepancies between sources and other caveats. */
  notes?: readonly string[];
}

/** One language's text for every code the catalog knows, and for nothing else. */
export type CodeTexts = { readonly [K in KmsCode]: CodeText };

/** As many strings as `List` has: a translated list keeps every cause, step and place of the English one. */
type SameLength<List> = { readonly [I in keyof List]: string };

/** A translation of one English entry: the same fields, each list as long as English's. */
export type TranslationOf<English> = { readonly [F in keyof English]: English[F] extends string ? string : SameLength<English[F]> };

// Every locale the tool speaks must have its texts here; a language may be listed before it is
// registered as a locale (src/catalog/catalogs.ts), which then needs no change in this file.
const CODE_TEXTS: { readonly [L in Locale]: CodeTexts } & { readonly [language: string]: CodeTexts | undefined } = { en: EN_CODES, ja: JA_CODES };

/** A code's text in `locale`. */
export function codeText(code: KmsCode, locale: Locale): CodeText {
  return CODE_TEXTS[locale][code];
}
