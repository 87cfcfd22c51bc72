/**
 * The npm build (`npm run build`: the bundle dist/kmsdoctor-bundle.cjs and the parts it loads from
 * beside it) is self-contained: copied into an empty folder, far from the package, it still prints
 * its version, finding pages and code pages, and validates a snapshot against the schema it
 * carries. The list of runtime files it embeds covers every file the sources read at run time.
 * The start script beside it (dist/kmsdoctor.cjs) answers --version alone, runs the bundle for
 * anything else and keeps one compile-cache entry per script it loaded, however many commands run.
 * A network check needs no part but its language's catalog; a part missing is one line and exit 2.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execa } from 'execa';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { npmBuildFiles, PART_FILES } from '../../build/bundle.js';
import { catalogPartFile } from '../../build/catalog-parts.js';
import { runtimeFiles } from '../../build/runtime-files.js';
import { LOCALES, type MessageId } from '../../src/catalog/catalogs.js';
import { RULE_IDS } from '../../src/catalog/findings.js';
import { render } from '../../src/catalog/render.js';
import { rulePageFile, rulePagePath } from '../../src/cli/commands/explain.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

const test = suite('bundle: dist/kmsdoctor-bundle.cjs and its parts on their own');
let folder = '';
let bundle = '';
const run = (args: string[]) => execa(process.execPath, [bundle, ...args], { cwd: folder, reject: false, env: { NO_COLOR: '1' } });

test.before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kmsd-bundle-'));
  bundle = join(folder, 'kmsdoctor-bundle.cjs');
  for (const path of npmBuildFiles()) copyFileSync(path, join(folder, basename(path)));
  copyFileSync(join(PACKAGE_ROOT, 'samples', 'snapshots', 'client-dns-discovery-ok.json'), join(folder, 'client.json'));
});
test.after(() => rmSync(folder, { recursive: true, force: true }));

test('--version is the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const result = await run(['--version']);
  assert.is(result.exitCode, 0, result.stderr);
  assert.is(result.stdout, version);
});

test('every finding page is inside, word for word', async () => {
  for (const ruleId of [RULE_IDS[0]!, RULE_IDS[RULE_IDS.length - 1]!]) {
    const result = await run(['explain', ruleId]);
    assert.is(result.exitCode, 0, result.stderr);
    assert.is(`${result.stdout}\n`, readFileSync(rulePagePath(ruleId), 'utf8'));
  }
});

test('an error code page and a snapshot analysis (schema inside) work with no package around', async () => {
  const code = await run(['explain', '0xC004F074']);
  assert.is(code.exitCode, 0, code.stderr);
  assert.match(code.stdout, /SL_E_VL_BINDING_SERVICE_UNAVAILABLE/);
  const analysis = await run(['analyze', 'client.json', '--json']);
  assert.ok(analysis.exitCode === 0 || analysis.exitCode === 1, analysis.stderr);
  const report = JSON.parse(analysis.stdout) as { command: string; input: { files: string[] } };
  assert.is(report.command, 'analyze');
  assert.equal(report.input.files, ['client.json']);
});

test("--help in Japanese: yargs' own words are inside, not read from yargs' folder", async () => {
  const help = await run(['port', '--help', '--lang', 'ja']);
  assert.is(help.exitCode, 0, help.stderr);
  for (const words of ['位置引数:', 'オプション:', '例:', 'ヘルプを表示', 'ホスト名または IP アドレス']) assert.ok(help.stdout.includes(words), `${words}\n${help.stdout}`);
  const wrong = await run(['port', 'kms1', '--bogus', '--lang', 'ja']);
  assert.is(wrong.exitCode, 2);
  assert.is(wrong.stderr, 'kmsdoctor: 未知の引数です: bogus (kmsdoctor --help を参照してください)');
});

test('every part is built beside the bundle', () => {
  assert.ok(PART_FILES.length > 0);
  for (const file of PART_FILES) assert.ok(existsSync(join(PACKAGE_ROOT, 'dist', file)), `dist/${file} is missing: npm run build`);
});

test('the start script runs the bundle beside it, with a compile-cache entry per file loaded where Node has the cache', async () => {
  const start = join(folder, 'kmsdoctor.cjs');
  // The per-user cache folder on Linux, moved into the test folder; no cache folder of the caller's.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(folder, 'cache') };
  delete env.NODE_COMPILE_CACHE;
  const runStart = (args: string[]) => execa(process.execPath, [start, ...args], { cwd: folder, reject: false, env, extendEnv: false });
  const version = await runStart(['--version']);
  assert.is(version.exitCode, 0, version.stderr);
  assert.is(version.stdout, (await run(['--version'])).stdout);
  // explain reads its page from the runtime-files part: the bundle and that part, each once.
  for (let i = 0; i < 2; i++) {
    const explained = await runStart(['explain', 'tcp/kms-port-filtered']);
    assert.is(explained.exitCode, 0, explained.stderr);
  }
  assert.is((await runStart(['no-such-command'])).exitCode, 2);
  const cache = join(folder, 'cache', 'kms-doctor', 'compile-cache');
  const entries = existsSync(cache) ? readdirSync(cache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : [];
  assert.is(entries.length, 'enableCompileCache' in nodeModule ? 2 : 0, entries.map((entry) => entry.name).join(', '));
});

test("--version needs only the start script; a network check only the bundle and its language's catalog; a missing part is one line and exit 2", async () => {
  const alone = mkdtempSync(join(tmpdir(), 'kmsd-bundle-alone-'));
  try {
    const runAlone = (args: string[]) =>
      execa(process.execPath, [join(alone, 'kmsdoctor.cjs'), ...args], { cwd: alone, reject: false, env: { NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' } });
    copyFileSync(join(PACKAGE_ROOT, 'dist', 'kmsdoctor.cjs'), join(alone, 'kmsdoctor.cjs'));
    const version = await runAlone(['--version']);
    assert.is(version.exitCode, 0, version.stderr);
    assert.is(version.stdout, (await run(['--version'])).stdout);
    copyFileSync(join(PACKAGE_ROOT, 'dist', 'kmsdoctor-bundle.cjs'), join(alone, 'kmsdoctor-bundle.cjs'));
    copyFileSync(join(PACKAGE_ROOT, 'dist', catalogPartFile('en')), join(alone, catalogPartFile('en')));
    // Nothing listens on port 1 of the loopback: refused at once, and a report all the same.
    const check = await runAlone(['connectivity', '--kms-host', '127.0.0.1:1', '--timeout', '500', '--json', '--lang', 'en']);
    assert.ok(check.exitCode === 0 || check.exitCode === 1, check.stderr);
    assert.is((JSON.parse(check.stdout) as { command: string }).command, 'connectivity');
    const missing = (file: string) => [`kmsdoctor: ${join(alone, file)} is missing: this installation is incomplete; reinstall kms-doctor`];
    const japanese = await runAlone(['connectivity', '--kms-host', '127.0.0.1:1', '--timeout', '500', '--json', '--lang', 'ja']);
    assert.is(japanese.exitCode, 2);
    assert.is(japanese.stdout, '');
    assert.equal(japanese.stderr.split('\n'), missing(catalogPartFile('ja')));
    // A Japanese run reads its own part, and English's: the reference language, in which probes
    // record why they failed before the report words it again in the run's language.
    copyFileSync(join(PACKAGE_ROOT, 'dist', catalogPartFile('ja')), join(alone, catalogPartFile('ja')));
    const onlyJapanese = await runAlone(['connectivity', '--kms-host', '127.0.0.1:1', '--timeout', '500', '--lang', 'ja']);
    assert.ok(onlyJapanese.exitCode === 0 || onlyJapanese.exitCode === 1, onlyJapanese.stderr);
    assert.match(onlyJapanese.stdout, /KMS ホスト/);
    const explained = await runAlone(['explain', 'tcp/kms-port-filtered', '--lang', 'ja']);
    assert.is(explained.exitCode, 2);
    assert.is(explained.stdout, '');
    assert.equal(explained.stderr.split('\n'), missing('kmsdoctor-runtime-files.cjs'));
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});

test('no text of a language is in the bundle: each language is its part, read as JSON', () => {
  const bundled = readFileSync(join(PACKAGE_ROOT, 'dist', 'kmsdoctor-bundle.cjs'), 'utf8');
  for (const locale of LOCALES) {
    const part = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', catalogPartFile(locale)), 'utf8')) as { index: Record<string, { messages: Record<string, string> }> };
    const messages = Object.values(part.index)[0]!.messages;
    const id = 'tcp/kms-port-filtered.title';
    assert.is(messages[id], render({ id: id as MessageId }, locale));
    // As written, or escaped to ASCII as the bundle writes text.
    const ascii = messages[id]!.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    for (const form of [messages[id]!, ascii]) assert.not.ok(bundled.includes(form), `${locale}: "${form}" is in the bundle`);
  }
});

test('the embedded list holds every file the sources read through readRuntimeFile', () => {
  const embedded = new Set(runtimeFiles(PACKAGE_ROOT));
  const sources = readdirSync(join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  const literals = sources.flatMap((name) => [...readFileSync(join(PACKAGE_ROOT, 'src', name), 'utf8').matchAll(/readRuntimeFile\('([^']+)'\)/g)].map((match) => match[1]!));
  assert.ok(literals.length >= 2, `found ${literals.length} literal reads`);
  for (const path of [...literals, 'ps/collector/Get-KmsSnapshot.ps1', ...RULE_IDS.map((id) => rulePageFile(id))]) {
    assert.ok(embedded.has(path), `${path} is not embedded`);
  }
});

test.run();
