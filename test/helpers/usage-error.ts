/**
 * What every usage error of the CLI looks like, whatever the command: exit 2, nothing on stdout,
 * exactly one line on stderr starting "kmsdoctor:", and neither an internal error nor a stack trace.
 */
import * as assert from 'uvu/assert';
import type { CliRun } from './run-cli.js';

const shown = (run: CliRun) => `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;

/** Asserts the shape above and returns the one stderr line, for the caller's own checks of what it names. */
export function assertOneLineUsageError(run: CliRun, label: string): string {
  assert.is(run.exitCode, 2, `${label}: ${shown(run)}`);
  assert.is(run.stdout, '', `${label}: stdout must be empty`);
  assert.ok(run.stderr.endsWith('\n'), `${label}: stderr ends with a newline`);
  const lines = run.stderr.slice(0, -1).split('\n');
  assert.is(lines.length, 1, `${label}: exactly one line on stderr:\n${run.stderr}`);
  assert.match(lines[0]!, /^kmsdoctor: /, label);
  assert.not.match(run.stderr, /internal error/, `${label}: a usage error, not an internal one`);
  assert.not.match(run.stderr, /^\s+at /m, `${label}: no stack trace`);
  return lines[0]!;
}
