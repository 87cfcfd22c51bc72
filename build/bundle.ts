/**
 * The builds of the CLI, whole with its dependencies and runtime files, as CommonJS (a Node
 * single-executable application starts from a CommonJS script):
 *
 * - for npm and the PowerShell module (`npm run build`), in dist/: the bundle
 *   (kmsdoctor-bundle.cjs) holding what --version and the network checks need, the parts beside it
 *   (kmsdoctor-<part>.cjs: build/lazy-parts.ts, build/embed-runtime-files.ts) it loads when a
 *   command first needs one, and the start script kmsdoctor.cjs (from build/start/) that the
 *   `kmsdoctor` command runs: it turns on Node's compile cache and loads the bundle.
 * - for kmsdoctor.exe (`npm run package`): one script holding everything, since a
 *   single-executable application runs one script.
 *
 *   node --import tsx build/bundle.ts      (part of `npm run build`)
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { CATALOG_PART_FILES, languageCatalogParts } from './catalog-parts.js';
import { embedAllRuntimeFiles, embedRuntimeFilesInPart, writeRuntimeFilesPart } from './embed-runtime-files.js';
import { LAZY_PARTS, lazyPartImports, partEntries, partFile } from './lazy-parts.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
export const BUNDLE_PATH = join(DIST, 'kmsdoctor-bundle.cjs');
/** What `kmsdoctor` runs: the compile cache turned on, then the bundle (same folder, fixed name). */
export const START_PATH = join(DIST, 'kmsdoctor.cjs');
/** The oldest Node the builds run on; the syntax is lowered to it. */
const TARGET = 'node20.19';

/**
 * `JSON.parse('…')` in place of a JSON module's object literal: V8 scans one string far faster than
 * it parses a literal of thousands of items, and start-up pays for parsing the whole file. The
 * code-page tables of iconv-lite are most of the bytes of its part.
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

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: TARGET,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // yargs loads string-width 8 and, through cliui, string-width 7, each building Unicode tables
  // when loaded, only to lay out help text. One copy (the newer; same function) serves both, and
  // only once a width is asked for (build/shims/string-width-on-demand.cjs).
  // Its layout package cliui likewise loads only to lay text out (build/shims/cliui-on-demand.cjs),
  // and its only use of Node's assert module is two checks on every run (assert-on-demand.cjs).
  alias: {
    'string-width': join(ROOT, 'build', 'shims', 'string-width-on-demand.cjs'),
    cliui: join(ROOT, 'build', 'shims', 'cliui-on-demand.cjs'),
    assert: join(ROOT, 'build', 'shims', 'assert-on-demand.cjs'),
  },
  // Dependencies written as ES modules (yargs) locate themselves with import.meta.url, which
  // CommonJS lacks: give them this file's own URL.
  define: { 'import.meta.url': '__kmsdoctor_bundle_url' },
  banner: { js: `const __kmsdoctor_bundle_url = require('node:url').pathToFileURL(__filename).href;` },
};

/** Builds the CLI (src/cli/main.ts) into `outfile`, refusing a build that would lose import.meta. */
async function buildCli(outfile: string, plugins: Plugin[]): Promise<void> {
  const result = await build({ ...COMMON, entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile, plugins: [...plugins, jsonAsString()] });
  // Any other import.meta use would be silently empty in CommonJS.
  const emptyImportMeta = result.warnings.filter((warning) => warning.text.includes('import.meta'));
  if (emptyImportMeta.length > 0) throw new Error(`${outfile} would lose import.meta: ${emptyImportMeta.map((w) => `${w.location?.file}:${w.location?.line}`).join(', ')}`);
}

/** The npm build's parts beside the bundle, by file name. */
export const PART_FILES: readonly string[] = [...LAZY_PARTS.map((part) => partFile(part.name)), partFile('runtime-files'), ...CATALOG_PART_FILES];

/** Every file of the npm build: the start script, the bundle, its parts and their licence texts. */
export function npmBuildFiles(): string[] {
  const scripts = [START_PATH, BUNDLE_PATH, ...PART_FILES.map((file) => join(DIST, file))];
  return [...scripts, ...scripts.map((path) => `${path}.LEGAL.txt`).filter(existsSync)];
}

/** Where the start script's source holds the package version, which it prints for a bare --version. */
const VERSION_PLACEHOLDER = `'@KMSDOCTOR_VERSION@'`;

/** The start script (build/start/kmsdoctor.cjs) with the package's version written in. */
function writeStartScript(): void {
  const source = readFileSync(join(ROOT, 'build', 'start', 'kmsdoctor.cjs'), 'utf8');
  if (!source.includes(VERSION_PLACEHOLDER)) throw new Error(`build/start/kmsdoctor.cjs has no ${VERSION_PLACEHOLDER} to write the version into`);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(START_PATH, source.replace(VERSION_PLACEHOLDER, JSON.stringify(version)));
  chmodSync(START_PATH, 0o755);
}

/** The npm build in dist/: the parts first, since the bundle's stand-ins re-export what they hold. */
export async function bundle(): Promise<{ path: string; bytes: number }> {
  mkdirSync(DIST, { recursive: true });
  await build({
    ...COMMON,
    entryPoints: Object.fromEntries(LAZY_PARTS.map((part) => [partFile(part.name).replace(/\.cjs$/, ''), `lazy-part:${part.name}`])),
    outdir: DIST,
    outExtension: { '.js': '.cjs' },
    plugins: [partEntries(ROOT), jsonAsString()],
  });
  writeRuntimeFilesPart(ROOT, DIST);
  const catalogs = languageCatalogParts(ROOT);
  await buildCli(BUNDLE_PATH, [embedRuntimeFilesInPart(ROOT), lazyPartImports(ROOT, DIST), catalogs.plugin]);
  catalogs.write(DIST);
  writeStartScript();
  return { path: BUNDLE_PATH, bytes: statSync(BUNDLE_PATH).size };
}

/** The exe's script: the CLI and everything it may load, in the one file `outfile`. */
export async function bundleSingleFile(outfile: string): Promise<{ path: string; bytes: number }> {
  await buildCli(outfile, [embedAllRuntimeFiles(ROOT)]);
  return { path: outfile, bytes: statSync(outfile).size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundle();
  for (const path of npmBuildFiles().filter((file) => !file.endsWith('.LEGAL.txt'))) console.log(`${path.slice(ROOT.length)}  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}
