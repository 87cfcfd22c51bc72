import { inputError } from '../catalog/input-error.js';
import { readHead } from '../inputs/read-capped.js';
import { createStreamDecoder, detectTextEncoding } from '../inputs/text-encoding.js';

/** What a file a customer sent is, judged by its content (names and extensions lie). */
export type InputKind = 'snapshot' | 'events' | 'slmgr-ini' | 'dlv';

const HEAD_BYTES = 64 * 1024;

/** Reads the head of a file and decides what it holds; unreadable or empty files are UsageErrors. */
export async function sniffInput(path: string): Promise<InputKind> {
  const head = await readHead(path, HEAD_BYTES, 'inputFile');
  if (head.length === 0) throw inputError('input-error.empty', { path });
  return classifyHead(head);
}

/** Pure: the decision, on the first bytes, decoded by the one detector (UTF-16 slmgr.ini and exports, OEM code pages). */
export function classifyHead(head: Buffer): InputKind {
  const { encoding, bomLength } = detectTextEncoding(head);
  const text = createStreamDecoder(encoding)
    .write(head.subarray(bomLength))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') && /"kind"\s*:\s*"kms-doctor-snapshot"/.test(text)) return 'snapshot';
  // A CSV header names Id or TimeCreated anywhere in its first line: PowerShell 7's Export-Csv writes no #TYPE line
  // and puts Message first, -UseCulture uses ';' (the same test as the event reader's).
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const csvHeader = /[,;\t]/.test(firstLine) && /(^|[,;\t"])\s*"?(Id|EventID|TimeCreated)"?\s*([,;\t"]|$)/i.test(firstLine);
  if (
    /^ElfFile\0/.test(head.toString('latin1', 0, 8)) ||
    text.startsWith('<') ||
    text.startsWith('[') ||
    text.startsWith('{') ||
    /^#TYPE |^"?(Id|TimeCreated|ProviderName)"?,/m.test(text) ||
    csvHeader
  )
    return 'events';
  if (/^\s*L_[A-Za-z0-9_]+\s*=/m.test(text) || /^\[[^\]]+\]\s*$/m.test(text)) return 'slmgr-ini';
  return 'dlv';
}
