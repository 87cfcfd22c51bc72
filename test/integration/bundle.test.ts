/**
 * The bundle (dist/kmsdoctor.cjs, `npm run build`) is self-contained: copied alone into an empty
 * folder, far from the package, it still prints its version, finding pages and code pages, and
 * validates a snapshot against the schema it carries. The list of runtime files it embeds covers
 * every file the sources read at run time.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runtimeFiles } from '../../build/runtime-files.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { RULE_IDS } from '../../src/rules/catalog.js';

const test = suite('bundle: dist/kmsdoctor.cjs on its own');
let folder = '';
let bundle = '';
const run = (args: string[]) => execa(process.execPath, [bundle, ...args], { cwd: folder, reject: false, env: { NO_COLOR: '1' } });

test.before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kmsd-bundle-'));
  bundle = join(folder, 'kmsdoctor.cjs');
  copyFileSync(join(PACKAGE_ROOT, 'dist', 'kmsdoctor.cjs'), bundle);
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
    assert.is(`${result.stdout}\n`, readFileSync(join(PACKAGE_ROOT, 'src', 'rules', 'docs', `${ruleId}.md`), 'utf8'));
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

test('the embedded list holds every file the sources read through readRuntimeFile', () => {
  const embedded = new Set(runtimeFiles(PACKAGE_ROOT));
  const sources = readdirSync(join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  const literals = sources.flatMap((name) => [...readFileSync(join(PACKAGE_ROOT, 'src', name), 'utf8').matchAll(/readRuntimeFile\('([^']+)'\)/g)].map((match) => match[1]!));
  assert.ok(literals.length >= 2, `found ${literals.length} literal reads`);
  for (const path of [...literals, 'ps/collector/Get-KmsSnapshot.ps1', ...RULE_IDS.map((id) => `src/rules/docs/${id}.md`)]) {
    assert.ok(embedded.has(path), `${path} is not embedded`);
  }
});

test.run();
