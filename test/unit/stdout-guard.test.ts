import { EventEmitter } from 'node:events';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { guardStdout } from '../../src/cli/output/stdout-guard.js';

/** A stream stand-in: errors are emitted, writes recorded. */
function fakeStream(): NodeJS.WriteStream & { written: string[] } {
  const stream = new EventEmitter() as NodeJS.WriteStream & { written: string[] };
  stream.written = [];
  stream.write = ((text: string) => stream.written.push(text) > 0) as NodeJS.WriteStream['write'];
  return stream;
}

const errno = (code: string) => Object.assign(new Error(code), { code });

/** Fake stdout and stderr under the guard, with the exit codes it asked for. */
function guarded(): { stdout: ReturnType<typeof fakeStream>; stderr: ReturnType<typeof fakeStream>; exits: number[] } {
  const stdout = fakeStream();
  const stderr = fakeStream();
  const exits: number[] = [];
  guardStdout({ stdout, stderr, exit: (code) => exits.push(code) });
  return { stdout, stderr, exits };
}

const test = suite('stdout guard');

test('a write error is one line on stderr and exit 2; a second error says nothing more', () => {
  const { stdout, stderr, exits } = guarded();
  stdout.emit('error', errno('ENOSPC'));
  stdout.emit('error', errno('EIO'));
  assert.equal(exits, [2]);
  assert.equal(stderr.written, ['kmsdoctor: cannot write the output to standard output: ENOSPC\n']);
});

test('EPIPE ends nothing: the run sets its own exit code', () => {
  const { stdout, stderr, exits } = guarded();
  stdout.emit('error', errno('EPIPE'));
  assert.equal(exits, []);
  assert.equal(stderr.written, []);
});

test('an error on stderr itself is not an uncaught exception', () => {
  const stderr = fakeStream();
  guardStdout({ stdout: fakeStream(), stderr, exit: () => undefined });
  stderr.emit('error', errno('EPIPE')); // would throw without a listener
});

test.run();
