/**
 * The one `--out` writer: atomic onto regular files (mode and owner kept), through devices and
 * FIFOs, links followed and kept, directories and sockets refused — never a non-file replaced.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkOutTarget, writeOutFile } from '../../src/commands/write-out.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';

const test = suite('--out writer');
let dir = '';
test.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'kmsd-out-'));
});
test.after.each(() => rmSync(dir, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;

test('a new file is created whole, and no temporary file is left', async () => {
  await writeOutFile(join(dir, 'report.txt'), 'PASS\n');
  assert.is(readFileSync(join(dir, 'report.txt'), 'utf8'), 'PASS\n');
  assert.equal(readdirSync(dir), ['report.txt']);
});

test('a replaced regular file keeps its mode (and its owner when run as root)', async () => {
  const path = join(dir, 'report.html');
  writeFileSync(path, 'old');
  chmodSync(path, 0o640);
  if (isRoot) chownSync(path, 4321, 4322);
  await writeOutFile(path, 'new');
  const stats = statSync(path);
  assert.is(readFileSync(path, 'utf8'), 'new');
  assert.is(stats.mode & 0o7777, 0o640);
  if (isRoot) assert.equal([stats.uid, stats.gid], [4321, 4322]);
  assert.equal(readdirSync(dir), ['report.html']);
});

test('a symbolic link is followed to its target and stays a link', async () => {
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'report.xml'), 'old');
  symlinkSync(join('real', 'report.xml'), join(dir, 'link.xml'));
  await writeOutFile(join(dir, 'link.xml'), 'new');
  assert.ok(lstatSync(join(dir, 'link.xml')).isSymbolicLink(), 'the link is still a link');
  assert.is(readFileSync(join(dir, 'real', 'report.xml'), 'utf8'), 'new');
  assert.equal(readdirSync(join(dir, 'real')), ['report.xml']);
});

test('a dangling link creates its target and stays a link', async () => {
  symlinkSync('target.json', join(dir, 'link.json'));
  await writeOutFile(join(dir, 'link.json'), '{}');
  assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
  assert.is(readFileSync(join(dir, 'target.json'), 'utf8'), '{}');
});

test('a character device is written through, never replaced', async () => {
  if (!isRoot) return; // mknod needs root; /dev/null itself is never touched by this test
  const device = join(dir, 'null');
  execFileSync('mknod', [device, 'c', '1', '3']);
  await writeOutFile(device, 'report');
  assert.ok(lstatSync(device).isCharacterDevice(), 'still a device');
  assert.equal(readdirSync(dir), ['null']);
});

test('/dev/stdout-like paths (/proc/self/fd/N) name an open file: written into it, never swapped', async () => {
  const path = join(dir, 'redirected.txt');
  writeFileSync(path, 'kept\n');
  const fd = openSync(path, 'a');
  const before = statSync(path).ino;
  try {
    await writeOutFile(`/proc/self/fd/${fd}`, 'report\n');
  } finally {
    closeSync(fd);
  }
  assert.is(statSync(path).ino, before, 'the same file, not a new one renamed over it');
  assert.is(readFileSync(path, 'utf8'), 'kept\nreport\n');
  assert.equal(readdirSync(dir), ['redirected.txt']);
});

test('a FIFO with a reader gets the text and stays a FIFO; without one it is refused at once', async () => {
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  await rejectsWithUsageError(writeOutFile(fifo, 'nobody'), fifo, 'nobody reads');
  const chunks: Buffer[] = [];
  const reader = createReadStream(fifo);
  reader.on('data', (chunk) => chunks.push(chunk as Buffer));
  const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
  // The reader's open() blocks (in the thread pool) until a writer comes; until it has started, there is no reader.
  for (let tries = 0; ; tries += 1) {
    try {
      await writeOutFile(fifo, 'through the pipe');
      break;
    } catch (error) {
      if (tries > 100 || !String(error).includes('nobody reads')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await closed;
  assert.is(Buffer.concat(chunks).toString(), 'through the pipe');
  assert.ok(lstatSync(fifo).isFIFO(), 'still a FIFO');
  assert.equal(readdirSync(dir), ['pipe']);
});

test('a directory and a socket are refused, before and at writing, and stay as they were', async () => {
  await rejectsWithUsageError(checkOutTarget(dir), '--out', 'directory');
  await rejectsWithUsageError(writeOutFile(dir, 'x'), '--out', 'directory');
  const socketPath = join(dir, 'sock');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  try {
    await rejectsWithUsageError(checkOutTarget(socketPath), 'socket');
    await rejectsWithUsageError(writeOutFile(socketPath, 'x'), 'socket');
    assert.ok(lstatSync(socketPath).isSocket(), 'still a socket');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('an unwritable place is one UsageError line, with no temporary file left behind', async () => {
  await rejectsWithUsageError(writeOutFile(join(dir, 'missing', 'r.txt'), 'x'), 'ENOENT');
  await rejectsWithUsageError(writeOutFile('  ', 'x'), '--out needs a file name');
  await rejectsWithUsageError(checkOutTarget(''), '--out needs a file name');
  assert.equal(readdirSync(dir), []);
});

test.run();
