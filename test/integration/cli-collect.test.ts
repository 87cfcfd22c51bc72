/**
 * `kmsdoctor collect`: off Windows, one line on stderr and exit 2 (the built CLI). The Windows
 * path is exercised here with Linux pwsh (KMSD_PWSH, set by test/run-all.sh, or pwsh on PATH or
 * in ~/.dotnet/tools): the real collector runs, finds no CIM, registry or event log, and still
 * writes a valid snapshot whose notes say so; failing or misbehaving scripts become one-line
 * errors. The collector's own logic is tested by Pester (ps/tests/Collector.Tests.ps1).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { COLLECTOR_FILE, collectSnapshot, needsWindows } from '../../src/cli/commands/collect.js';
import { writeOutFile } from '../../src/commands/write-out.js';
import { readRuntimeFile } from '../../src/core/runtime-files.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { UsageError } from '../../src/core/usage-error.js';
import { powerShellExecutable, runPowerShellScript } from '../../src/exec/run-powershell.js';
import { type CliRun, runCli } from '../helpers/run-cli.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const show = (run: CliRun) => `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

/** Linux pwsh for running the collector; the test command installs it before the suites run. */
function findPwsh(): string {
  if (process.env.KMSD_PWSH) return process.env.KMSD_PWSH;
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), join(homedir(), '.dotnet', 'tools')]) {
    if (dir && existsSync(join(dir, 'pwsh'))) return join(dir, 'pwsh');
  }
  throw new Error('pwsh not found: run `npm test` (it installs PowerShell) or put ~/.dotnet/tools on PATH');
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

let scratch = '';
const script = (name: string, body: string) => {
  const path = join(scratch, name);
  writeFileSync(path, body);
  return path;
};

// ---------------------------------------------------------------------------------------------
const cli = suite('cli: kmsdoctor collect off Windows');

cli('exits 2 with exactly one line on stderr that says where to run it', async () => {
  if (process.platform === 'win32') return;
  const run = await runCli(['collect']);
  assert.is(run.exitCode, 2, show(run));
  assert.is(run.stdout, '', show(run));
  assert.is(run.stderr, `kmsdoctor: ${needsWindows()}\n`, show(run));
  assert.match(run.stderr, /kmsdoctor connectivity --snapshot FILE/);
});

cli('--out writes nothing off Windows', async () => {
  if (process.platform === 'win32') return;
  const out = join(scratch, 'never.json');
  const run = await runCli(['collect', '--out', out, '--event-count', '10']);
  assert.is(run.exitCode, 2, show(run));
  assert.is(run.stderr.split('\n').filter(Boolean).length, 1, show(run));
  assert.not.ok(existsSync(out));
});

cli('a bad --event-count is a usage error on any platform', async () => {
  // Not decimal digits at all: refused by the one decimal-option parser; digits out of range: by the range check.
  for (const value of ['-1', '1.5']) {
    const run = await runCli(['collect', '--event-count', value]);
    assert.is(run.exitCode, 2, show(run));
    assert.is(run.stderr, `kmsdoctor: --event-count "${value}" is not a whole number in decimal digits (see kmsdoctor --help)\n`, show(run));
  }
  const run = await runCli(['collect', '--event-count', '10001']);
  assert.is(run.exitCode, 2, show(run));
  assert.is(run.stderr, 'kmsdoctor: --event-count must be a whole number from 0 to 10000, not 10001\n', show(run));
});

cli('is listed in --help', async () => {
  const run = await runCli(['--help']);
  assert.match(run.stdout, /kmsdoctor collect/);
});

cli.before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'kmsd-collect-test-'));
});
cli.after(() => rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
const collect = suite('collectSnapshot: the real collector through Linux pwsh');
let pwsh = '';

collect.before(() => {
  pwsh = findPwsh();
  scratch = mkdtempSync(join(tmpdir(), 'kmsd-collect-test-'));
});
collect.after(() => rmSync(scratch, { recursive: true, force: true }));

collect('the collector the CLI runs is the script in ps/collector, read as a runtime file', () => {
  assert.is(readRuntimeFile(COLLECTOR_FILE), readFileSync(join(PACKAGE_ROOT, 'ps', 'collector', 'Get-KmsSnapshot.ps1'), 'utf8'));
});

collect('returns a valid snapshot even where nothing can be read, with the reasons in notes', async () => {
  const before = readdirSync(tmpdir()).filter((name) => name.startsWith('kmsdoctor-collect-')).length;
  const snapshot = await collectSnapshot({ eventCount: 5, shell: pwsh });
  assert.equal(snapshotSchemaErrors(snapshot), []);
  assert.is(snapshot.kind, 'kms-doctor-snapshot');
  assert.equal(snapshot.sources, ['cim']);
  assert.is(snapshot.service, null);
  assert.ok(
    snapshot.notes.some((note) => note.startsWith('Could not read SoftwareLicensingService')),
    snapshot.notes.join('\n'),
  );
  const after = readdirSync(tmpdir()).filter((name) => name.startsWith('kmsdoctor-collect-')).length;
  assert.is(after, before, 'the temporary folder is removed');
});

collect('a failing script becomes one line naming the exit code and its first error line', async () => {
  const path = script('fails.ps1', "param($OutFile, $EventCount)\n[Console]::Error.WriteLine('Access is denied.')\n[Console]::Error.WriteLine('second line')\nexit 3\n");
  const error = await rejection(collectSnapshot({ eventCount: 1, shell: pwsh, scriptPath: path }));
  assert.instance(error, UsageError);
  assert.match(error.message, /the collector failed \(.*pwsh, exit code 3\): Access is denied\.$/);
});

collect('a script that writes no file, not JSON, or another kind of JSON is refused', async () => {
  const cases: Array<[string, string, RegExp]> = [
    ['silent.ps1', 'param($OutFile, $EventCount)\nexit 0\n', /exited without writing a snapshot/],
    ['garbage.ps1', "param($OutFile, $EventCount)\nSet-Content -LiteralPath $OutFile -Value 'not json'\n", /not JSON/],
    ['report.ps1', 'param($OutFile, $EventCount)\nSet-Content -LiteralPath $OutFile -Value \'{"schemaVersion":1,"tool":{}}\'\n', /not a kms-doctor snapshot/],
    [
      'future.ps1',
      'param($OutFile, $EventCount)\nSet-Content -LiteralPath $OutFile -Value \'{"kind":"kms-doctor-snapshot","schemaVersion":2}\'\n',
      /schemaVersion 2; this kmsdoctor reads 1/,
    ],
  ];
  for (const [name, body, message] of cases) {
    const error = await rejection(collectSnapshot({ eventCount: 1, shell: pwsh, scriptPath: script(name, body) }));
    assert.instance(error, UsageError, name);
    assert.match(error.message, message, name);
  }
});

collect('passes -OutFile and -EventCount as separate arguments, unparsed by any shell', async () => {
  const path = script('echo-args.ps1', "param($OutFile, $EventCount)\n[Console]::Out.Write(($args.Count, $EventCount, [System.IO.Path]::GetFileName($OutFile)) -join '|')\n");
  const run = await runPowerShellScript(path, ['-OutFile', join(scratch, 'a b; $(x).json'), '-EventCount', '7'], { shell: pwsh });
  assert.is(run.exitCode, 0, run.stderr);
  assert.is(run.stdout, '0|7|a b; $(x).json');
});

collect('a PowerShell that cannot be started is reported, not thrown', async () => {
  const run = await runPowerShellScript(join(PACKAGE_ROOT, 'ps', 'collector', 'Get-KmsSnapshot.ps1'), [], { shell: join(scratch, 'no-such-pwsh') });
  assert.is(run.exitCode, null);
  assert.ok(run.failure, 'failure is set');
  const error = await rejection(collectSnapshot({ eventCount: 1, shell: join(scratch, 'no-such-pwsh') }));
  assert.match(error.message, /^the collector did not run/);
});

collect('prefers pwsh.exe when it is on PATH, else powershell.exe', () => {
  const dir = mkdtempSync(join(scratch, 'bin-'));
  assert.is(powerShellExecutable(dir), 'powershell.exe');
  writeFileSync(join(dir, 'pwsh.exe'), '');
  assert.is(powerShellExecutable(['/nonexistent', dir].join(delimiter)), 'pwsh.exe');
  assert.is(powerShellExecutable(''), 'powershell.exe');
});

collect('writeOutFile replaces a file and leaves no temporary file; a missing folder is one clear error', async () => {
  const dir = mkdtempSync(join(scratch, 'atomic-'));
  const target = join(dir, 'snap.json');
  writeFileSync(target, 'old');
  await writeOutFile(target, '{"new":true}\n');
  assert.is(readFileSync(target, 'utf8'), '{"new":true}\n');
  assert.equal(readdirSync(dir), ['snap.json']);
  const error = await rejection(writeOutFile(join(dir, 'missing', 'snap.json'), '{}'));
  assert.instance(error, UsageError);
  assert.match(error.message, /cannot be written: ENOENT/);
});

cli.run();
collect.run();
