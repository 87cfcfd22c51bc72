/**
 * The runtime files (finding pages, schemas, the collector script, package.json) by their path
 * in the package, `/`-separated. Undefined here: run from source or from the compiled dist/src,
 * they are read from the package. The bundle build (build/bundle.ts) replaces this module with
 * one holding every file's text, so the bundle and the exe need no file beside them.
 */
export const EMBEDDED_FILES: Readonly<Record<string, string>> | undefined = undefined;
