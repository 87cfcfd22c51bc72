/**
 * Looks up a runtime file (finding pages, schemas, the collector script, package.json) by its path
 * in the package, `/`-separated. Undefined here: run from source or from the compiled dist/src,
 * they are read from the package. The bundle builds (build/bundle.ts) replace this module with one
 * that answers from text carried in the build — a function, so a build can keep the large files
 * in a part it loads only when one of them is first asked for.
 */
export const embeddedFile: ((path: string) => string | undefined) | undefined = undefined;
