/**
 * `kmsdoctor explain <code>` and `explain --codes`, run as a user runs them: the built CLI
 * (the bundle dist/kmsdoctor.cjs, so `npm run build` first — test/run-all.sh does it) via execa with an
 * argument array.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CODE_CATALOG, KMS_CODES } from '../../src/catalog/codes/catalog.js';
import { type CliRun, runCli } from '../helpers/run-cli.js';

const show = (run: CliRun) => `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;

const test = suite('cli: explain error codes');

function assertCodePage(run: CliRun, label: string): void {
  assert.is(run.exitCode, 0, `${label}: ${show(run)}`);
  assert.is(run.stderr, '', label);
  assert.ok(run.stdout.startsWith('# 0xC004F074 — SL_E_VL_BINDING_SERVICE_UNAVAILABLE\n'), `${label}: ${show(run)}`);
  assert.match(run.stdout, '## Remedy');
  assert.match(run.stdout, 'kmsdoctor explain kms/no-usable-host');
}

test('explain 0xC004F074 prints the code page', async () => {
  assertCodePage(await runCli(['explain', '0xC004F074']), '0xC004F074');
});

test('explain c004f074 (no prefix, lower case) prints the same page', async () => {
  const [lower, canonical] = await Promise.all([runCli(['explain', 'c004f074']), runCli(['explain', '0xC004F074'])]);
  assertCodePage(lower, 'c004f074');
  assert.is(lower.stdout, canonical.stdout);
});

test('explain -- -1073418124 (slmgr exit code) prints the 0xC004F074 page; so does it without --', async () => {
  assertCodePage(await runCli(['explain', '--', '-1073418124']), '-- -1073418124');
  assertCodePage(await runCli(['explain', '-1073418124']), '-1073418124');
});

test('explain 3221549172 (unsigned decimal) prints the 0xC004F074 page', async () => {
  assertCodePage(await runCli(['explain', '3221549172']), '3221549172');
});

/** Exit 2, nothing on stdout, one stderr line naming the code (normalised) and pointing at slui. */
function assertDeadbeefUnknown(run: CliRun): void {
  assert.is(run.exitCode, 2, show(run));
  assert.is(run.stdout, '');
  assert.is(run.stderr, 'kmsdoctor: 0xDEADBEEF is not a KMS activation code this tool knows; try: slui.exe 0x2a 0xDEADBEEF\n');
}

test('explain 0xDEADBEEF: exit 2, one stderr line pointing at slui', async () => {
  assertDeadbeefUnknown(await runCli(['explain', '0xDEADBEEF']));
});

test('explain deadbeef is normalised before the message', async () => {
  assertDeadbeefUnknown(await runCli(['explain', 'deadbeef']));
});

test('explain --codes lists every code with its symbolic name', async () => {
  const run = await runCli(['explain', '--codes']);
  assert.is(run.exitCode, 0, show(run));
  assert.is(run.stderr, '');
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(
    lines.map((line) => line.split(/\s+/)[0]),
    [...KMS_CODES],
  );
  for (const [i, code] of KMS_CODES.entries()) assert.match(lines[i]!, CODE_CATALOG[code].symbolicName ?? '—');
});

test('explain without an argument still lists the finding ids on stdout and points at --codes on stderr', async () => {
  const run = await runCli(['explain']);
  assert.is(run.exitCode, 0, show(run));
  assert.match(run.stdout, /^dns\/srv-missing /);
  assert.not.match(run.stdout, '0x');
  assert.match(run.stderr, 'kmsdoctor explain --codes');
});

test('a finding id still prints its page; junk is still a usage error', async () => {
  const page = await runCli(['explain', 'tcp/kms-port-filtered']);
  assert.is(page.exitCode, 0, show(page));
  assert.ok(page.stdout.startsWith('# tcp/kms-port-filtered — '));
  const junk = await runCli(['explain', 'no-such-thing']);
  assert.is(junk.exitCode, 2, show(junk));
  assert.match(junk.stderr, /^kmsdoctor: "no-such-thing" is not a finding id or an error code/);
  assert.is(junk.stderr.split('\n').length, 2, 'one line');
});

test('explain with several ids: every entry in one run, in order; an unknown one is an entry of its own and exit 1', async () => {
  const known = await runCli(['explain', '--json', '--', '0xC004F074', 'tcp/kms-port-closed', '-1073418124']);
  assert.is(known.exitCode, 0, show(known));
  const entries = JSON.parse(known.stdout) as { kind: string; code?: string; ruleId?: string }[];
  assert.equal(
    entries.map((entry) => entry.code ?? entry.ruleId),
    ['0xC004F074', 'tcp/kms-port-closed', '0xC004F074'],
  );
  const mixed = await runCli(['explain', '--json', '--', '0xC004F074', 'no-such-thing']);
  assert.is(mixed.exitCode, 1, show(mixed));
  const [first, second] = JSON.parse(mixed.stdout) as { kind: string; id?: string; message?: string }[];
  assert.is(first?.kind, 'code');
  assert.is(second?.kind, 'unknown');
  assert.is(second?.id, 'no-such-thing');
  assert.match(second?.message ?? '', 'is not a finding id or an error code');
  const text = await runCli(['explain', '0xC004F074', 'no-such-thing']);
  assert.is(text.exitCode, 1, show(text));
  assert.ok(text.stdout.startsWith('# 0xC004F074'), show(text));
  assert.match(text.stderr, 'no-such-thing');
});

test.run();
