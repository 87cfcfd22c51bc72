/**
 * Every report command through the one pipeline, from the outside: the same output options, one
 * report schema for every command's JSON, every format rendered, --out written, and contradicting
 * or unavailable choices refused with one line and exit 2. Offline inputs and loopback port 9
 * (nothing listens) only, so no network is needed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { htmlProblems, junitCounts } from '../helpers/page-checks.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const sample = (...parts: string[]) => join(REPO_ROOT, 'samples', ...parts);
const NOBODY = '127.0.0.1:9';
const FAST = ['--timeout', '300', '--deadline', '3000'];

/** One run of each report command, offline or against a loopback port where nothing listens. */
const COMMANDS: Record<string, string[]> = {
  connectivity: ['connectivity', '--kms-host', NOBODY, '--dns-server', NOBODY, ...FAST],
  srv: ['srv', 'corp.test', '--dns-server', NOBODY, ...FAST],
  port: ['port', '127.0.0.1', '--port', '9', ...FAST],
  rpc: ['rpc', NOBODY, ...FAST],
  analyze: ['analyze', sample('snapshots', 'client-dns-discovery-ok.json')],
  events: ['events', sample('events', 'client-wevtutil.xml')],
  fleet: ['fleet', sample('fleet')],
  publication: ['publication', '--host', 'kms01.corp.test', '--authoritative', NOBODY, ...FAST],
  readiness: ['readiness', '--domain', 'corp.test', '--dns-server', NOBODY, ...FAST],
  'activate-probe': [
    'activate-probe',
    '127.0.0.1',
    '--product',
    'Windows 11 Enterprise',
    '--dry-run',
    '--cmid',
    '3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37',
    '--workstation',
    'kms-probe.test',
  ],
};

const test = suite('one pipeline: options and formats of every report command');

for (const [name, args] of Object.entries(COMMANDS)) {
  test(`${name}: --format json is a valid report of the one schema; every other format renders with the same exit code`, async () => {
    const json = await runCli([...args, '--format', 'json'], { timeoutMs: 60_000 });
    assert.ok(json.exitCode === 0 || json.exitCode === 1, `${json.exitCode}: ${json.stderr}`);
    const report = JSON.parse(json.stdout) as { command: string; summary: { exitCode: number } };
    assert.equal(reportSchemaErrors(report), []);
    assert.is(report.command, name);
    assert.is(report.summary.exitCode, json.exitCode, "the process exits with the summary's code");
    for (const format of ['human', 'ndjson', 'markdown', 'html', 'junit']) {
      const run = await runCli([...args, '--format', format], { timeoutMs: 60_000 });
      assert.is(run.exitCode, json.exitCode, `${format}: ${run.stderr}`);
      assert.ok(run.stdout.length > 0, format);
      if (format === 'html') assert.equal(htmlProblems(run.stdout), []);
      if (format === 'junit') assert.ok(junitCounts(run.stdout).tests > 0);
      if (format === 'ndjson') {
        const lines = run.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { type: string });
        assert.is(lines[lines.length - 1]!.type, 'summary');
      }
    }
  });
}

test('--out writes what stdout would hold (NDJSON stream included); --json and --ndjson are --format aliases', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-out-'));
  try {
    const out = join(dir, 'report.ndjson');
    const run = await runCli([...COMMANDS.srv!, '--ndjson', '--out', out]);
    assert.is(run.stdout, '');
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    assert.is(lines[0]!.type, 'result');
    assert.is(lines[lines.length - 1]!.type, 'summary');
    const page = join(dir, 'events.html');
    assert.is((await runCli([...COMMANDS.events!, '--format', 'html', '--out', page])).exitCode, 0);
    assert.match(readFileSync(page, 'utf8'), /^<!DOCTYPE html>/);
    const alias = await runCli([...COMMANDS.events!, '--json']);
    assert.equal(reportSchemaErrors(JSON.parse(alias.stdout)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("refused with one line and exit 2: contradicting formats, csv (fleet's alone) elsewhere, --out on a directory", async () => {
  for (const [args, says] of [
    [[...COMMANDS.events!, '--json', '--format', 'markdown'], /--format markdown and --json cannot be used together/],
    [[...COMMANDS.analyze!, '--format', 'csv'], /Invalid values.*format.*"csv"/],
    [[...COMMANDS.events!, '--out', tmpdir()], /--out .* it is a directory/],
  ] as const) {
    const run = await runCli([...args]);
    assert.is(run.exitCode, 2, run.stdout);
    assert.is(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, says);
  }
});

test("--fail-on speaks one vocabulary; readiness's fail and warn stay accepted as error and warning", async () => {
  const strict = await runCli([...COMMANDS.analyze!, '--fail-on', 'info', '--json']);
  const warned = await runCli([...COMMANDS.analyze!, '--fail-on', 'warn', '--json']);
  assert.is((JSON.parse(strict.stdout) as { summary: { failOn: string } }).summary.failOn, 'info');
  assert.is((JSON.parse(warned.stdout) as { summary: { failOn: string } }).summary.failOn, 'warning');
  const readiness = await runCli([...COMMANDS.readiness!, '--fail-on', 'fail', '--json'], { timeoutMs: 60_000 });
  assert.is((JSON.parse(readiness.stdout) as { summary: { failOn: string } }).summary.failOn, 'error');
});

test.run();
