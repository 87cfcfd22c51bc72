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
import { inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { readFileCapped, readHead } from '../inputs/read-capped.js';
import { readTextFile } from '../inputs/read-text-file.js';
import { decodeTextBytes, detectTextEncoding, type EncodingHint, looksBinary, oemEncodingOfLangId, oemEncodingOfText } from '../inputs/text-encoding.js';

/** A real slmgr.ini is about 60 KB; anything this large is not one. */
export const MAX_INI_BYTES = 4 * 1024 * 1024;

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
    throw inputError('input-error.ini.too-large', { path: fileName, size: data.length, max: MAX_INI_BYTES });
  }
  const text = typeof data === 'string' ? stripBom(data) : decodeTextBytes(data, fileName).text;
  if (typeof data === 'string' && looksBinary(text)) throw inputError('input-error.ini.binary', { path: fileName });
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
  if (map.size === 0) throw inputError('input-error.ini.no-lines', { path: fileName });
  return map;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads and parses a slmgr.ini file; every problem (missing, not a file, too large, binary, empty) is a UsageError naming it. */
export async function readSlmgrIni(path: string): Promise<Map<string, string>> {
  return parseSlmgrIni(await readFileCapped(path, MAX_INI_BYTES, 'slmgrIni'), path);
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
  const noIni = () => inputError('input-error.ini.snapshot-without-ini', { path, iniPath: '%SystemRoot%\\System32\\slmgr\\<LANGID>\\slmgr.ini' });
  let snapshot: Awaited<ReturnType<typeof loadSnapshot>>;
  try {
    snapshot = await loadSnapshot(path);
  } catch (error) {
    const kind = await jsonShape(path);
    if (kind === 'snapshot-without-ini') throw noIni();
    if (kind === 'other-json') throw inputError('input-error.ini.other-json', { path });
    throw error;
  }
  if (!snapshot.slmgrIni) throw noIni();
  return new Map(Object.entries(snapshot.slmgrIni.entries));
}

/** Whether the file's first non-blank character (in any supported encoding) is `{`; unreadable files are left to readSlmgrIni. */
async function startsLikeJson(path: string): Promise<boolean> {
  let head: Uint8Array;
  try {
    head = await readHead(path, 1024, 'slmgrIni');
  } catch {
    return false;
  }
  const { encoding, bomLength } = detectTextEncoding(head);
  return decodeTextBytesLoose(head.subarray(bomLength), encoding)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{');
}

function decodeTextBytesLoose(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return '';
  }
}

/** After loadSnapshot refused the file: a snapshot that only lacks `slmgrIni` (an older collector), other JSON, or something else. */
async function jsonShape(path: string): Promise<'snapshot-without-ini' | 'other-json' | 'unknown'> {
  try {
    const { text } = await readTextFile(path, { maxBytes: 32 * 1024 * 1024, what: 'snapshot' });
    const value = JSON.parse(text) as Record<string, unknown> | null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'other-json';
    if (value.kind !== 'kms-doctor-snapshot') return 'other-json';
    return value.slmgrIni === undefined || value.slmgrIni === null ? 'snapshot-without-ini' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The code page `cscript slmgr.vbs /dlv > file` wrote on the machine this slmgr.ini comes from: by
 * its LANGID folder when the path shows one (`slmgr\0411\slmgr.ini` → cp932), else by the script
 * of its own text (kana → cp932, Hangul → cp949, Han → cp936/cp950).
 */
export function codePageOfSlmgrIni(path: string, ini: Map<string, string>): EncodingHint {
  const folder = /[\\/]([0-9A-Fa-f]{4})[\\/]slmgr\.ini$/i.exec(path)?.[1];
  const byFolder = folder ? oemEncodingOfLangId(folder) : null;
  if (folder && byFolder) return { codePage: byFolder, codePageReason: msg('facts.encoding.ini-folder', { langId: folder.toUpperCase() }) };
  const byText = oemEncodingOfText([...ini.values()].join('\n'));
  return byText ? { codePage: byText, codePageReason: msg('facts.encoding.ini-script') } : {};
}
