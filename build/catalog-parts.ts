/**
 * Each language's texts in a part of its own beside the bundle (dist/kmsdoctor-catalog-<lang>.json),
 * read the first time a text in that language is: the catalogs are about two fifths of the CLI's
 * script, and a run speaks one language (`--version` none). A language is its folder
 * src/catalog/<lang>/: whatever of it the rest of the sources import (its index.ts with every area
 * file registered there, its codes.ts) is in its part, so a new key, area file or language needs
 * nothing here.
 *
 * The catalogs are data: the build reads each imported module's exports and writes them as JSON,
 * which Node reads with JSON.parse and never compiles. In the bundle, each such module becomes a
 * stand-in exporting, under the same names, objects that read the part when first read
 * (build/shims/lazy-value.cjs). The exe keeps the catalogs in its one script.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'esbuild';
import { LOCALES } from '../src/catalog/catalogs.js';

export const catalogPartFile = (locale: string) => `kmsdoctor-catalog-${locale}.json`;

/** Every language's part, by file name. */
export const CATALOG_PART_FILES: readonly string[] = LOCALES.map(catalogPartFile);

const NAMESPACE = 'kmsdoctor-catalog-part';

/** The language folder and module name of a source file inside src/catalog/<lang>/, else undefined. */
function languageModule(root: string, path: string): { locale: string; module: string } | undefined {
  const parts = relative(join(root, 'src', 'catalog'), path).split(sep);
  if (parts.length !== 2 || !(LOCALES as readonly string[]).includes(parts[0]!) || !parts[1]!.endsWith('.ts')) return undefined;
  return { locale: parts[0]!, module: parts[1]!.slice(0, -'.ts'.length) };
}

/** A module's exports as data, refusing anything JSON would not carry back unchanged. */
async function exportsAsData(path: string): Promise<Record<string, object>> {
  const exports = { ...((await import(pathToFileURL(path).href)) as Record<string, unknown>) };
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'object' || value === null || !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) {
      throw new Error(`${path}: export ${name} is not plain data (objects, arrays, strings, numbers, null): a language's catalog modules hold texts only`);
    }
  }
  return exports as Record<string, object>;
}

/**
 * Turns every import of a module of a language folder, from outside that folder, into a stand-in
 * for the module in that language's part; `write()` then writes the parts into `folder`.
 */
export function languageCatalogParts(root: string): { plugin: Plugin; write(folder: string): string[] } {
  const parts = new Map<string, Map<string, Record<string, object>>>(LOCALES.map((locale) => [locale, new Map()]));
  const loadPart = join(root, 'build', 'shims', 'load-part.cjs');
  const lazyObject = join(root, 'build', 'shims', 'lazy-value.cjs');
  const plugin: Plugin = {
    name: 'language-catalog-parts',
    setup(on) {
      on.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const path = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
        const target = languageModule(root, path);
        if (target === undefined || languageModule(root, args.importer)?.locale === target.locale) return undefined;
        return { path, namespace: NAMESPACE, pluginData: target };
      });
      // The part itself is found beside the bundle when it runs.
      on.onResolve({ filter: /^\.\/kmsdoctor-catalog-[\w-]+\.json$/ }, (args) => (args.namespace === NAMESPACE ? { path: args.path, external: true } : undefined));
      on.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => {
        const { locale, module } = args.pluginData as { locale: string; module: string };
        const exports = await exportsAsData(args.path);
        parts.get(locale)!.set(module, exports);
        const file = catalogPartFile(locale);
        const contents = [
          `import loadPart from ${JSON.stringify(loadPart)};`,
          `import { lazyObject } from ${JSON.stringify(lazyObject)};`,
          `let held;`,
          `const part = () => (held ??= loadPart(${JSON.stringify(file)}, () => require(${JSON.stringify(`./${file}`)}))[${JSON.stringify(module)}]);`,
          ...Object.keys(exports).map((name) => `export const ${name} = lazyObject(() => part()[${JSON.stringify(name)}]);`),
        ];
        return { contents: contents.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
  return {
    plugin,
    /** Writes each language's part: its modules' exports, by module name. */
    write(folder: string): string[] {
      return [...parts].map(([locale, modules]) => {
        const path = join(folder, catalogPartFile(locale));
        writeFileSync(path, `${JSON.stringify(Object.fromEntries(modules))}\n`);
        return path;
      });
    },
  };
}
