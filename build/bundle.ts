/**
 * Builds dist/kmsdoctor-bundle.cjs: the whole CLI with its dependencies and its runtime files in
 * one CommonJS file, which kmsdoctor.exe runs. CommonJS because a Node single-executable
 * application starts from a CommonJS script. Beside it goes dist/kmsdoctor.cjs (from
 * build/start/), which the npm package's `kmsdoctor` and the PowerShell module run: it turns on
 * Node's compile cache and loads the bundle.
 *
 *   node --import tsx build/bundle.ts      (part of `npm run build`)
 */
import { chmodSync, copyFileSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { runtimeFiles } from './runtime-files.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = join(ROOT, 'dist', 'kmsdoctor-bundle.cjs');
/** What `kmsdoctor` runs: the compile cache turned on, then the bundle (same folder, fixed name). */
export const START_PATH = join(ROOT, 'dist', 'kmsdoctor.cjs');
/** The oldest Node the bundle runs on; the syntax is lowered to it. */
const TARGET = 'node20.19';

/** Swaps src/core/embedded-files.ts for a module holding the text of every runtime file. */
function embedRuntimeFiles(root: string): Plugin {
  const placeholder = resolve(root, 'src', 'core', 'embedded-files.ts');
  return {
    name: 'embed-runtime-files',
    setup(on) {
      on.onLoad({ filter: /embedded-files\.ts$/ }, (args) => {
        if (resolve(args.path) !== placeholder) return undefined;
        const files = Object.fromEntries(runtimeFiles(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
        // An object literal of strings: nothing to parse at start-up beyond scanning the text.
        return { contents: `export const EMBEDDED_FILES = ${JSON.stringify(files)};`, loader: 'js' };
      });
    },
  };
}

/**
 * `JSON.parse('…')` in place of a JSON module's object literal: V8 scans one string far faster than
 * it parses a literal of thousands of items, and start-up pays for parsing the whole file. The
 * code-page tables of iconv-lite are most of the bundle's bytes.
 */
const jsonParse = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

function jsonAsString(): Plugin {
  return {
    name: 'json-as-string',
    setup(on) {
      on.onLoad({ filter: /\.json$/ }, (args) => ({ contents: `module.exports = ${jsonParse(JSON.parse(readFileSync(args.path, 'utf8')))};`, loader: 'js' }));
    },
  };
}

export async function bundle(): Promise<{ path: string; bytes: number }> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: BUNDLE_PATH,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [embedRuntimeFiles(ROOT), jsonAsString()],
    // yargs loads string-width 8 and, through cliui, string-width 7, each building Unicode tables
    // when loaded, only to lay out help text. One copy (the newer; same function) serves both, and
    // only once a width is asked for (build/shims/string-width-on-demand.cjs).
    alias: { 'string-width': join(ROOT, 'build', 'shims', 'string-width-on-demand.cjs') },
    // Dependencies written as ES modules (yargs) locate themselves with import.meta.url, which
    // CommonJS lacks: give them this file's own URL.
    define: { 'import.meta.url': '__kmsdoctor_bundle_url' },
    banner: { js: `const __kmsdoctor_bundle_url = require('node:url').pathToFileURL(__filename).href;` },
  });
  // Any other import.meta use would be silently empty in CommonJS: refuse the build instead.
  const emptyImportMeta = result.warnings.filter((warning) => warning.text.includes('import.meta'));
  if (emptyImportMeta.length > 0) throw new Error(`the bundle would lose import.meta: ${emptyImportMeta.map((w) => `${w.location?.file}:${w.location?.line}`).join(', ')}`);
  copyFileSync(join(ROOT, 'build', 'start', 'kmsdoctor.cjs'), START_PATH);
  chmodSync(START_PATH, 0o755);
  return { path: BUNDLE_PATH, bytes: statSync(BUNDLE_PATH).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { path, bytes } = await bundle();
  console.log(`bundle: ${path} (${(bytes / 1024).toFixed(0)} KiB)`);
}
