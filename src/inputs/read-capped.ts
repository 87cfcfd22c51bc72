import { type FileHandle, open, stat } from 'node:fs/promises';
import { inputError } from '../catalog/input-error.js';
import { UsageError } from '../core/usage-error.js';

/**
 * Reading an input file without trusting its size. `stat` says 0 for /dev/zero and a FIFO and
 * says nothing of a file that grows while it is read, so a size check alone lets a device fill
 * memory. Every input is therefore opened first, refused unless it is a regular file, and read
 * with a byte cap that holds whatever `stat` claimed.
 */

/** What an input file should be, as the catalog names it in a usage error (input-error.file.*). */
export type InputWhat = 'snapshot' | 'dlv' | 'slmgrIni' | 'eventExport' | 'inputFile';

/** Why a path cannot be an input, as the catalog's key; null for a regular file. */
export function notRegularFile(stats: {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'other';
}

/** Why a read failed: the system's error code (the catalog words the usual ones), else its message on one line. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return code;
  return (error as Error).message.replace(/[\r\n]+/g, ' ');
}

export const notRegular = (path: string, problem: string, what: InputWhat) => inputError('input-error.file.not-regular', { path, problem, what });
export const cannotRead = (path: string, error: unknown, what: InputWhat) => inputError('input-error.file.cannot-read', { path, reason: describeReadError(error), what });
export const tooLarge = (path: string, max: number, what: InputWhat) => inputError('input-error.file.too-large', { path, max, what });

/**
 * Opens `path` for reading and checks that it is a regular file; `what` names the input in the
 * message (a snapshot, slmgr /dlv output). The caller closes the handle.
 */
export async function openRegularFile(path: string, what: InputWhat): Promise<FileHandle> {
  return (await openWithSize(path, what)).handle;
}

/** openRegularFile, with the size fstat gave (a hint for the first read, never a limit). */
async function openWithSize(path: string, what: InputWhat): Promise<{ handle: FileHandle; size: number }> {
  // Asked of the path before opening: opening a FIFO for reading blocks until a writer appears.
  // The fstat after opening decides (a swap in between only changes which refusal is printed).
  try {
    const problem = notRegularFile(await stat(path));
    if (problem) throw notRegular(path, problem, what);
  } catch (error) {
    throw error instanceof UsageError ? error : cannotRead(path, error, what);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(path, error, what);
  }
  try {
    const stats = await handle.stat();
    const problem = notRegularFile(stats);
    if (problem) throw notRegular(path, problem, what);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error instanceof UsageError ? error : cannotRead(path, error, what);
  }
}

/**
 * The whole file, at most `maxBytes`; larger is a UsageError that says what a real one weighs
 * (the catalog knows it per kind of input), because an oversized input is almost always the wrong file.
 */
export async function readFileCapped(path: string, maxBytes: number, what: InputWhat): Promise<Buffer> {
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
        throw tooLarge(path, maxBytes, what);
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof UsageError ? error : cannotRead(path, error, what);
  } finally {
    await handle.close();
  }
}

/** The first `bytes` bytes of a regular file (for sniffing what it holds). */
export async function readHead(path: string, bytes: number, what: InputWhat): Promise<Buffer> {
  const handle = await openRegularFile(path, what);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw cannotRead(path, error, what);
  } finally {
    await handle.close();
  }
}
