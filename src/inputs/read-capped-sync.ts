/**
 * The synchronous twin of readFileCapped, for a batch that reads thousands of small files and does
 * nothing else meanwhile (`kmsdoctor fleet`): on a warm page cache each promise-based open, fstat,
 * read and close costs more in JavaScript than the system call itself. Same rules: the path is
 * asked before opening (opening a FIFO blocks), the open file must be regular, and the byte cap
 * holds whatever the size said.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UsageError } from '../core/usage-error.js';
import { cannotRead, type InputWhat, notRegular, notRegularFile, tooLarge } from './read-capped.js';

export function readFileCappedSync(path: string, maxBytes: number, what: InputWhat): Buffer {
  let fd: number;
  try {
    const problem = notRegularFile(statSync(path));
    if (problem) throw notRegular(path, problem, what);
    fd = openSync(path, 'r');
  } catch (error) {
    throw error instanceof UsageError ? error : cannotRead(path, error, what);
  }
  try {
    const stats = fstatSync(fd);
    const problem = notRegularFile(stats);
    if (problem) throw notRegular(path, problem, what);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = total === 0 && stats.size > 0 ? stats.size + 1 : Math.min(1024 * 1024, Math.max(64 * 1024, total));
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes, what);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof UsageError ? error : cannotRead(path, error, what);
  } finally {
    closeSync(fd);
  }
}
