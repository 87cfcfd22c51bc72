/**
 * The one writer behind every `--out FILE`.
 *
 * What is at the path decides how it is written:
 * - nothing, or a regular file: a temporary file in the same folder, flushed, then renamed over the
 *   target, so a reader never sees half a report. A replaced file keeps its mode (and, when we run
 *   as root, its owner and group), because a rename would otherwise give it ours.
 * - a symbolic link: followed to its target, which is then written as above; the link stays.
 * - a character device or a FIFO (/dev/null, /dev/stdout, a pipe), or anything named under /dev or
 *   /proc (/dev/stdout redirected to a file): written through, like a shell redirection; renaming a
 *   file over /dev/null would replace the device for the whole machine.
 *   A FIFO without a reader is refused rather than waited on forever.
 * - a directory, a socket or a block device: refused. Nobody means to pour a report onto a disk.
 * Every failure is one UsageError line naming the path (exit 2), and no temporary file is left.
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { constants, open as openCallback } from 'node:fs';
import { type FileHandle, lstat, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { UsageError } from '../core/usage-error.js';

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function failure(flag: string, path: string, why: string, locale: Locale): UsageError {
  return new UsageError(render(msg('run.usage.cannot-write', { flag, path, why }), locale));
}

const needsFileName = (flag: string, locale: Locale) => new UsageError(render(msg('run.usage.needs-file-name', { flag }), locale));

/** The kind of thing `--out` points at, after following links. */
function kindOf(stats: Stats): 'file' | 'through' | 'directory' | 'socket' | 'block-device' {
  if (stats.isFile()) return 'file';
  if (stats.isCharacterDevice() || stats.isFIFO()) return 'through';
  if (stats.isDirectory()) return 'directory';
  if (stats.isSocket()) return 'socket';
  return 'block-device';
}

async function statOrNull(path: string, follow: boolean): Promise<Stats | null> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Temporary file, flush, rename: the target is either the old file or the whole new one. */
async function replaceAtomically(target: string, text: string, previous: Stats | null): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', previous ? previous.mode & 0o7777 : 0o666);
    await handle.writeFile(text, 'utf8');
    if (previous) {
      // Owner first (a chown may clear set-id bits), then the mode: open() applied our umask, but the
      // replaced file's own mode is what its owner chose.
      if (process.getuid?.() === 0) await handle.chown(previous.uid, previous.gid);
      await handle.chmod(previous.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

function openFd(path: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => openCallback(path, flags, (error, fd) => (error ? reject(error) : resolve(fd))));
}

/**
 * A FIFO: opened without blocking, so a FIFO nobody reads fails at once (ENXIO) instead of waiting
 * forever, then written as a stream (a full pipe waits for the reader rather than failing EAGAIN).
 */
async function writeFifo(path: string, text: string): Promise<void> {
  const fd = await openFd(path, constants.O_WRONLY | constants.O_NONBLOCK);
  const pipe = new Socket({ fd, readable: false, writable: true });
  await new Promise<void>((resolve, reject) => {
    pipe.once('error', reject);
    pipe.end(text, () => resolve());
  }).finally(() => pipe.destroy());
}

/** Devices and FIFOs: written as `> path` would; nothing is created or renamed. */
async function writeThrough(path: string, text: string, isFifo: boolean): Promise<void> {
  if (isFifo) await writeFifo(path, text);
  else await writeFile(path, text, { flag: 'w' });
}

const SPECIAL_FOLDERS = /^\/(dev|proc)\//;

/** Where `--out` points, links followed: `null` when nothing is there yet. */
async function inspect(path: string): Promise<{ link: Stats | null; target: Stats | null }> {
  const link = await statOrNull(path, false);
  return { link, target: link?.isSymbolicLink() ? await statOrNull(path, true) : link };
}

/**
 * Refuses, before any work is done, an `--out` that can never be written (empty, a directory, a
 * socket, a block device), so a long run does not end in a refusal. Writing checks again.
 */
export async function checkOutTarget(path: string, flag = '--out', locale: Locale = DEFAULT_LOCALE): Promise<void> {
  if (path.trim() === '') throw needsFileName(flag, locale);
  let target: Stats | null;
  try {
    ({ target } = await inspect(path));
  } catch (error) {
    throw failure(flag, path, codeOf(error), locale);
  }
  const kind = target === null ? 'file' : kindOf(target);
  if (kind !== 'file' && kind !== 'through') throw failure(flag, path, render(msg('run.usage.refused', { kind }), locale), locale);
}

/**
 * Writes `text` to the `--out` path as described above.
 * @param flag the option's name for the message (`--out`).
 * @param locale the language of a refusal.
 */
export async function writeOutFile(path: string, text: string, flag = '--out', locale: Locale = DEFAULT_LOCALE): Promise<void> {
  if (path.trim() === '') throw needsFileName(flag, locale);
  try {
    const { link, target } = await inspect(path);
    if (target === null) {
      // Nothing there yet (or a dangling link, whose target is then created through the link).
      if (link?.isSymbolicLink()) await writeFile(path, text, { flag: 'w' });
      else await replaceAtomically(resolve(path), text, null);
      return;
    }
    const kind = kindOf(target);
    // /dev/stdout, /dev/fd/N, /proc/self/fd/N name an open file of some process: write into it, never swap it.
    // Appended, not truncated: the shell already truncated it for `>`, and `>>` means keep what is there.
    if (kind === 'file' && SPECIAL_FOLDERS.test(resolve(path))) await writeFile(path, text, { flag: 'a' });
    else if (kind === 'file') await replaceAtomically(link?.isSymbolicLink() ? await realpath(path) : resolve(path), text, target);
    else if (kind === 'through') await writeThrough(path, text, target.isFIFO());
    else throw failure(flag, path, render(msg('run.usage.refused', { kind }), locale), locale);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = codeOf(error);
    throw failure(flag, path, code === 'ENXIO' ? render(msg('run.usage.fifo-unread'), locale) : code, locale);
  }
}
