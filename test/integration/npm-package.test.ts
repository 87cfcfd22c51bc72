/**
 * The npm package as `npm pack` makes it (after `npm run build`): the bundle its `kmsdoctor` bin
 * runs and every part beside it, the PowerShell module and the collector, the schemas — no tests,
 * no compiled sources, no exe — and no runtime dependencies, since the bundle and its parts carry
 * them. Unpacked alone, the bin runs, parts included.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { execa } from 'execa';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { npmBuildFiles, ROOT } from '../../build/bundle.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

const test = suite('npm package contents');
let folder = '';
let files: string[] = [];
let manifest: { bin: Record<string, string>; dependencies?: Record<string, string> };

test.before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kmsd-npm-pack-'));
  const packed = await execa('npm', ['pack', '--json', '--pack-destination', folder], { cwd: PACKAGE_ROOT });
  const [result] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = result!.files.map((file) => file.path).sort();
  await execa('tar', ['-xzf', join(folder, result!.filename), '-C', folder]);
  manifest = JSON.parse(readFileSync(join(folder, 'package', 'package.json'), 'utf8')) as typeof manifest;
});
test.after(() => rmSync(folder, { recursive: true, force: true }));

test('holds the bundle, the module, the collector and the schemas', () => {
  for (const path of [
    'dist/kmsdoctor.cjs',
    'dist/kmsdoctor-bundle.cjs',
    'dist/kmsdoctor-bundle.cjs.LEGAL.txt',
    'ps/KmsDoctor/KmsDoctor.psd1',
    'ps/KmsDoctor/KmsDoctor.psm1',
    'ps/KmsDoctor/KmsDoctor.Format.ps1xml',
    'ps/KmsDoctor/Private/Invoke-KmsDoctorCli.ps1',
    'ps/KmsDoctor/Public/Test-KmsConnectivity.ps1',
    'ps/KmsDoctor/en-US/about_KmsDoctor.help.txt',
    'ps/KmsDoctor/en-US/KmsDoctor-help.xml',
    'ps/KmsDoctor/en-US/KmsDoctor.strings.psd1',
    'ps/KmsDoctor/ja-JP/about_KmsDoctor.help.txt',
    'ps/KmsDoctor/ja-JP/KmsDoctor-help.xml',
    'ps/KmsDoctor/ja-JP/KmsDoctor.strings.psd1',
    'ps/collector/Get-KmsSnapshot.ps1',
    'src/report/report.schema.json',
    'src/snapshot/snapshot.schema.json',
  ]) {
    assert.ok(files.includes(path), `${path} is missing from:\n${files.join('\n')}`);
  }
});

test('holds every file of the build: the start script, the bundle, each part and the licence texts', () => {
  const built = npmBuildFiles().map((path) => relative(ROOT, path).split(sep).join('/'));
  assert.ok(built.length >= 4, built.join(', '));
  for (const path of built) assert.ok(files.includes(path), `${path} is missing from:\n${files.join('\n')}`);
});

test('holds no tests, compiled sources, exe or .nupkg', () => {
  const unwanted = files.filter((path) => /Tests?\/|\.Tests\.ps1$|^dist\/src\/|\.exe$|\.nupkg$|^test\/|^build\//.test(path));
  assert.equal(unwanted, []);
});

test('the bin runs the bundle, with no dependency to install', async () => {
  assert.equal(manifest.bin, { kmsdoctor: 'dist/kmsdoctor.cjs' });
  assert.is(manifest.dependencies, undefined);
  const bin = join(folder, 'package', manifest.bin.kmsdoctor!);
  const run = await execa(process.execPath, [bin, 'explain', 'tcp/kms-port-filtered'], { cwd: folder, reject: false });
  assert.is(run.exitCode, 0, run.stderr);
  assert.match(run.stdout, /^# tcp\/kms-port-filtered/);
  // Reading an event log takes two parts (text decoding, event parsers) the bundle loads by need.
  const events = await execa(process.execPath, [bin, 'events', join(PACKAGE_ROOT, 'samples', 'events', 'client-wevtutil.xml'), '--json'], { cwd: folder, reject: false });
  assert.ok(events.exitCode === 0 || events.exitCode === 1, events.stderr);
  assert.ok((JSON.parse(events.stdout) as { events: unknown[] }).events.length > 0, events.stdout);
});

test.run();
