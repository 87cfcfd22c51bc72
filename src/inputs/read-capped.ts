import { type FileHandle, open, stat } from 'node:fs/promises';
import { UsageError } from '../core/usage-error.js';

/**
 * Reading an input file without trusting its size. `stat` says 0 for /dev/zero and a FIFO and
 * says nothing of a file that grows while it is read, so a size check alone lets a device fill
 * memory. Every input is therefore opened first, refused unless it is a regular file, and read
 * with a byte cap that holds whatever `stat` claimed.
 */

/** Why a path cannot be an input, in the words an admin understands; null for a regular file. */
export function notRegularFile(stats: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

const ERROR_WORDS: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'a directory', ELOOP: 'a symbolic link loop' };

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return ERROR_WORDS[code] ?? code;
  return (error as Error).message.replace(/[\r\n]+/g, ' ');
}

/**
 * Opens `path` for reading and checks that it is a regular file; `what` names the input in the
 * message ("snapshot", "slmgr /dlv output"). The caller closes the handle.
 */
export async function openRegularFile(path: string, what: string): Promise<FileHandle> {
  return (await openWithSize(path, what)).handle;
}

/** openRegularFile, with the size fstat gave (a hint for the first read, never a limit). */
async function openWithSize(path: string, what: string): Promise<{ handle: FileHandle; size: number }> {
  // Asked of the path before opening: opening a FIFO for reading blocks until a writer appears.
  // The fstat after opening decides (a swap in between only changes which refusal is printed).
  try {
    const problem = notRegularFile(await stat(path));
    if (problem) throw new UsageError(`${path}: not a regular file (${problem}); give the ${what} as a file`);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`${path}: cannot read the ${what} (${describeReadError(error)})`);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the ${what} (${describeReadError(error)})`);
  }
  try {
    const stats = await handle.stat();
    const problem = notRegularFile(stats);
    if (problem) throw new UsageError(`${path}: not a regular file (${problem}); give the ${what} as a file`);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error instanceof UsageError ? error : new UsageError(`${path}: cannot read the ${what} (${describeReadError(error)})`);
  }
}

/**
 * The whole file, at most `maxBytes`; larger is a UsageError that says what a real one weighs
 * (`typical`), because an oversized input is almost always the wrong file.
 */
export async function readFileCapped(path: string, maxBytes: number, what: string, typical: string): Promise<Buffer> {
  const { handle, size } = await openWithSize(path, what);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte more than allowed is enough to know the file is too large. The first read is sized
      // from fstat (one byte more, to see the end at once); later ones grow with what was read, so
      // reading thousands of small snapshots does not allocate a megabyte each (the garbage
      // collector's time dominated `fleet` before), while a file that grows is still read to the cap.
      const want = total === 0 && size > 0 ? size + 1 : Math.min(1024 * 1024, Math.max(64 * 1024, total));
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) {
        throw new UsageError(`${path}: too large for ${what} (more than ${maxBytes} bytes; ${typical}) — is this the right file?`);
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`${path}: cannot read the ${what} (${describeReadError(error)})`);
  } finally {
    await handle.close();
  }
}

/** The first `bytes` bytes of a regular file (for sniffing what it holds). */
export async function readHead(path: string, bytes: number, what: string): Promise<Buffer> {
  const handle = await openRegularFile(path, what);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new UsageError(`${path}: cannot read the ${what} (${describeReadError(error)})`);
  } finally {
    await handle.close();
  }
}
