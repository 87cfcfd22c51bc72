import { open } from 'node:fs/promises';
import { UsageError } from '../core/usage-error.js';

/** What a file a customer sent is, judged by its content (names and extensions lie). */
export type InputKind = 'snapshot' | 'events' | 'slmgr-ini' | 'dlv';

const HEAD_BYTES = 64 * 1024;

/** Reads the head of a file and decides what it holds; unreadable or empty files are UsageErrors. */
export async function sniffInput(path: string): Promise<InputKind> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UsageError(`"${path}" cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (head.length === 0) throw new UsageError(`"${path}" is empty`);
  return classifyHead(head);
}

/** Pure: the decision, on the first bytes. UTF-16 text (slmgr.ini, some exports) is decoded first. */
export function classifyHead(head: Buffer): InputKind {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head.length > 3 && head[1] === 0 && head[3] === 0);
  const text = (utf16 ? head.toString('utf16le') : head.toString('utf8')).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') && /"kind"\s*:\s*"kms-doctor-snapshot"/.test(text)) return 'snapshot';
  // A CSV header names Id or TimeCreated anywhere in its first line: PowerShell 7's Export-Csv writes no #TYPE line
  // and puts Message first, -UseCulture uses ';' (the same test as the event reader's).
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const csvHeader = /[,;\t]/.test(firstLine) && /(^|[,;\t"])\s*"?(Id|EventID|TimeCreated)"?\s*([,;\t"]|$)/i.test(firstLine);
  if (/^ElfFile\0/.test(head.toString('latin1', 0, 8)) || text.startsWith('<') || text.startsWith('[') || text.startsWith('{') || /^#TYPE |^"?(Id|TimeCreated|ProviderName)"?,/m.test(text) || csvHeader) return 'events';
  if (/^\s*L_[A-Za-z0-9_]+\s*=/m.test(text) || /^\[[^\]]+\]\s*$/m.test(text)) return 'slmgr-ini';
  return 'dlv';
}
