/** The shape of one language's error-code text; no imports, so every language's file can name it without a cycle. */

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

/** As many strings as `List` has: a translated list keeps every cause, step and place of the English one. */
type SameLength<List> = { readonly [I in keyof List]: string };

/** A translation of one English entry: the same fields, each list as long as English's. */
export type TranslationOf<English> = { readonly [F in keyof English]: English[F] extends string ? string : SameLength<English[F]> };

/** One language's text for every code (./catalog.ts checks the codes are exactly its own). */
export type CodeTexts = { readonly [code: string]: CodeText };
