/**
 * Reading a slmgr.ini: the file slmgr.vbs takes its localized labels from
 * (`%SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini`, kms-facts.md §1.1).
 *
 * slmgr opens it as "Unicode" (UTF-16LE) and, per line, splits at the first `=`, trims key and
 * value, drops one leading and one trailing double quote from the value, and compares keys
 * case-insensitively; a second definition of a key is ignored (its Dictionary.Add fails under
 * `On Error Resume Next`), so the first one wins (SLMGR-SRC `ReadResources`, `TrimChar`). This
 * reader does the same, and also accepts UTF-8 (someone re-saved the file) and skips `[section]`
 * and `;`/`#` comment lines, which carry no `L_` key anyway.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { UsageError } from '../core/usage-error.js';

/** A real slmgr.ini is about 60 KB; anything this large is not one. */
export const MAX_INI_BYTES = 4 * 1024 * 1024;

export type TextEncodingName = 'utf-16le' | 'utf-16be' | 'utf-8';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark was present (and dropped). */
  bom: boolean;
}

/**
 * Which encoding the bytes are in: a BOM decides; without one, UTF-16 shows as NUL bytes in every
 * other position (the high byte of ASCII characters), at odd offsets for LE and even for BE.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (pairs > 0 && oddZeros >= pairs * 0.2 && evenZeros <= pairs * 0.02) return { encoding: 'utf-16le', bomLength: 0 };
  if (pairs > 0 && evenZeros >= pairs * 0.2 && oddZeros <= pairs * 0.02) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Decodes a text file's bytes (UTF-16LE/BE or UTF-8, with or without BOM). Invalid byte sequences
 * and binary content (NUL or other control characters) are a UsageError naming the file.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const { encoding, bomLength } = detectEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength));
  } catch {
    throw new UsageError(`${fileName}: not a text file (bytes are not valid ${encoding.toUpperCase()})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new UsageError(`${fileName}: not a text file (binary data: NUL or control characters after decoding as ${encoding.toUpperCase()})`);
  return { text, encoding, bom: bomLength > 0 };
}

/** NUL anywhere, or more than 1 % C0 control characters other than tab, CR, LF, FF. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 0 && controls > text.length / 100;
}

/** slmgr's `TrimChar(value, """")`: one quote off each end. */
function trimQuote(value: string): string {
  let s = value;
  if (s.startsWith('"')) s = s.slice(1);
  if (s.endsWith('"')) s = s.slice(0, -1);
  return s;
}

const KEY = /^L_\w+$/i;

/**
 * Parses slmgr.ini content (bytes in any supported encoding, or an already decoded string) into
 * resource name → text. Keys keep their spelling from the file; look them up case-insensitively
 * (parseDlv does). Throws UsageError naming `fileName` for binary input or a file without a single
 * `L_Xxx=value` line.
 */
export function parseSlmgrIni(data: Uint8Array | string, fileName: string): Map<string, string> {
  if (typeof data !== 'string' && data.length > MAX_INI_BYTES) {
    throw new UsageError(`${fileName}: too large for a slmgr.ini (${data.length} bytes; the limit is ${MAX_INI_BYTES})`);
  }
  const text = typeof data === 'string' ? stripBom(data) : decodeText(data, fileName).text;
  if (typeof data === 'string' && looksBinary(text)) throw new UsageError(`${fileName}: not a text file (binary data: NUL or control characters)`);
  const map = new Map<string, string>();
  const seen = new Set<string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    if (!KEY.test(key)) continue;
    const lower = key.toLowerCase();
    if (seen.has(lower)) continue; // first definition wins, as in slmgr
    seen.add(lower);
    map.set(key, trimQuote(line.slice(eq + 1).trim()));
  }
  if (map.size === 0) throw new UsageError(`${fileName}: not a slmgr.ini (no L_Xxx=value lines found)`);
  return map;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads and parses a slmgr.ini file; every problem (missing, too large, binary, empty) is a UsageError naming it. */
export async function readSlmgrIni(path: string): Promise<Map<string, string>> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new UsageError(`${path}: cannot read the slmgr.ini (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size > MAX_INI_BYTES) throw new UsageError(`${path}: too large for a slmgr.ini (${size} bytes; the limit is ${MAX_INI_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot read the slmgr.ini (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseSlmgrIni(bytes, path);
}

/**
 * The slmgr.ini labels for `--slmgr-ini FILE`: FILE is either the slmgr.ini itself or a kms-doctor
 * snapshot collected on the machine, which carries its slmgr.ini in `slmgrIni` (the collector keeps
 * it). A snapshot without one is a UsageError that says why; everything else is as readSlmgrIni.
 */
export async function readSlmgrIniOrSnapshot(path: string): Promise<Map<string, string>> {
  if (!(await startsLikeJson(path))) return readSlmgrIni(path);
  // Loaded on use: a plain slmgr.ini never pays for the schema validator.
  const { loadSnapshot } = await import('../snapshot/load-snapshot.js');
  const noIni = () =>
    new UsageError(
      `${path}: this kms-doctor snapshot holds no slmgr.ini (the machine's UI language is English, or it was collected by an older collector); English /dlv text needs none, otherwise give the machine's %SystemRoot%\\System32\\slmgr\\<LANGID>\\slmgr.ini`,
    );
  let snapshot;
  try {
    snapshot = await loadSnapshot(path);
  } catch (error) {
    const kind = await jsonShape(path);
    if (kind === 'snapshot-without-ini') throw noIni();
    if (kind === 'other-json') throw new UsageError(`${path}: JSON, but neither a slmgr.ini nor a kms-doctor snapshot; give the machine's slmgr.ini or a snapshot collected on it`);
    throw error;
  }
  if (!snapshot.slmgrIni) throw noIni();
  return new Map(Object.entries(snapshot.slmgrIni.entries));
}

/** Whether the file's first non-blank character (in any supported encoding) is `{`; unreadable files are left to readSlmgrIni. */
async function startsLikeJson(path: string): Promise<boolean> {
  let head: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
  const { encoding, bomLength } = detectEncoding(head);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(head.subarray(bomLength)).replace(/^\uFEFF/, '').trimStart().startsWith('{');
}

/** After loadSnapshot refused the file: a snapshot that only lacks `slmgrIni` (an older collector), other JSON, or something else. */
async function jsonShape(path: string): Promise<'snapshot-without-ini' | 'other-json' | 'unknown'> {
  try {
    const value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown> | null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'other-json';
    if (value.kind !== 'kms-doctor-snapshot') return 'other-json';
    return value.slmgrIni === undefined || value.slmgrIni === null ? 'snapshot-without-ini' : 'unknown';
  } catch {
    return 'unknown';
  }
}
