/**
 * Swaps src/core/embedded-files.ts for a module that answers from the text of every runtime file
 * (build/runtime-files.ts), so no build needs the package around it. The exe's single script holds
 * them all. The npm build keeps only package.json (the version every run may print) in the bundle
 * and writes the rest — finding pages, schemas, the collector, most of the bundle's text — to a
 * part beside it, loaded when explain, collect or a snapshot check first asks for one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { partFile } from './lazy-parts.js';
import { runtimeFiles } from './runtime-files.js';

export const RUNTIME_FILES_PART = partFile('runtime-files');

/** Read on every start, so kept in the bundle itself. */
const AT_START = new Set(['package.json']);

const textOf = (root: string, paths: string[]) => Object.fromEntries(paths.map((path) => [path, readFileSync(join(root, path), 'utf8')]));

/**
 * An object literal of plain strings: V8 only scans them when it compiles the file (the same text
 * as template literals would cost about twice as much).
 */
const literal = (files: Record<string, string>) => JSON.stringify(files);

function replacePlaceholder(root: string, contents: () => string): Plugin {
  const placeholder = resolve(root, 'src', 'core', 'embedded-files.ts');
  return {
    name: 'embed-runtime-files',
    setup(on) {
      on.onLoad({ filter: /embedded-files\.ts$/ }, (args) => (resolve(args.path) === placeholder ? { contents: contents(), loader: 'js', resolveDir: root } : undefined));
      on.onResolve({ filter: new RegExp(`^\\./${RUNTIME_FILES_PART.replace(/\./g, '\\.')}$`) }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** Every runtime file inside the one script (the exe). */
export function embedAllRuntimeFiles(root: string): Plugin {
  return replacePlaceholder(root, () =>
    [`const FILES = ${literal(textOf(root, runtimeFiles(root)))};`, `export const embeddedFile = (path) => (Object.hasOwn(FILES, path) ? FILES[path] : undefined);`].join('\n'),
  );
}

/** Writes the part with every runtime file but those read at start; returns its path. */
export function writeRuntimeFilesPart(root: string, folder: string): string {
  const path = join(folder, RUNTIME_FILES_PART);
  writeFileSync(
    path,
    `'use strict';\nmodule.exports = ${literal(
      textOf(
        root,
        runtimeFiles(root).filter((file) => !AT_START.has(file)),
      ),
    )};\n`,
  );
  return path;
}

/** package.json inside the bundle, every other runtime file from the part (writeRuntimeFilesPart). */
export function embedRuntimeFilesInPart(root: string): Plugin {
  const paths = runtimeFiles(root);
  const loader = join(root, 'build', 'shims', 'load-part.cjs');
  return replacePlaceholder(root, () =>
    [
      `import loadPart from ${JSON.stringify(loader)};`,
      `const AT_START = ${literal(
        textOf(
          root,
          paths.filter((path) => AT_START.has(path)),
        ),
      )};`,
      `let rest;`,
      `const inPart = (path) => {`,
      `  rest ??= loadPart(${JSON.stringify(RUNTIME_FILES_PART)}, () => require(${JSON.stringify(`./${RUNTIME_FILES_PART}`)}));`,
      `  return Object.hasOwn(rest, path) ? rest[path] : undefined;`,
      `};`,
      `export const embeddedFile = (path) => (Object.hasOwn(AT_START, path) ? AT_START[path] : inPart(path));`,
    ].join('\n'),
  );
}
