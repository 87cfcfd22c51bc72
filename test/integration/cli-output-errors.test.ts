/**
 * The built CLI when its standard output fails: a full disk (/dev/full) is exit 2 with one line on
 * stderr; a reader that went away (EPIPE) keeps the verdict the run computed.
 * Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CLI_PATH, REPO_ROOT, runCli } from '../helpers/run-cli.js';

/** A sample with findings: analysing it exits 1. */
const WITH_FINDINGS = 'samples/snapshots/client-skms-old-host.json';

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the CLI with `stdout` as its standard output; `onSpawn` may close the reading end at once. */
function run(args: string[], stdout: number | 'pipe', onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      stdio: ['ignore', stdout, 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    onSpawn?.(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const test = suite('cli: standard output fails');

test('a full disk (/dev/full) is exit 2 with one line on stderr, no stack trace', async () => {
  for (const args of [['explain'], ['analyze', WITH_FINDINGS], ['analyze', WITH_FINDINGS, '--json']]) {
    const full = openSync('/dev/full', 'w');
    const ended = await run(args, full);
    closeSync(full);
    assert.is(ended.code, 2, `${args.join(' ')}: ${ended.stderr}`);
    const lines = ended.stderr
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('Error codes'));
    assert.is(lines.length, 1, ended.stderr);
    assert.match(lines[0]!, /^kmsdoctor: cannot write .*ENOSPC/);
    assert.not.match(ended.stderr, /^\s+at /m);
  }
});

test('EPIPE (the reader closed early) keeps the verdict: findings still exit 1', async () => {
  const ended = await run(['analyze', WITH_FINDINGS], 'pipe', (child) => child.stdout!.destroy());
  assert.is(ended.code, 1, ended.stderr);
  assert.is(ended.stderr, '');
});

test('EPIPE on a run without findings exits 0', async () => {
  const ended = await run(['explain', 'tcp/kms-port-filtered'], 'pipe', (child) => child.stdout!.destroy());
  assert.is(ended.code, 0, ended.stderr);
  assert.is(ended.stderr, '');
});

test('bad input quoting control characters is still one line on stderr, shown with visible escapes', async () => {
  const run = await runCli(['srv', 'evil\u001b]0;owned\u0007\u001b[2J\nPASS.test', '--dns-server', '127.0.2.1:9']);
  assert.is(run.exitCode, 2, run.stderr);
  assert.is(run.stdout, '');
  assert.is(run.stderr.split('\n').length, 2, run.stderr);
  // eslint-disable-next-line no-control-regex
  assert.not.match(run.stderr.slice(0, -1), /[\u0000-\u001f\u007f-\u009f]/);
  assert.ok(run.stderr.includes('evil\\x1b]0;owned\\x07'), run.stderr);
});

test.run();
