import { StringDecoder } from 'node:string_decoder';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { inputError } from '../catalog/input-error.js';
import { type Message, msg } from '../catalog/message.js';
import type { TextEncoding } from './encoding-names.js';

export { ENCODING_NAMES, parseEncodingName, type TextEncoding } from './encoding-names.js';

/**
 * The one encoding detector for every text input (slmgr /dlv and /dli output, slmgr.ini, event
 * exports, snapshots).
 *
 * What Windows writes: `cscript slmgr.vbs /dlv > x.txt` writes the console's OEM code page —
 * cp932 (Shift-JIS) on Japanese Windows, cp936/949/950 in the other East Asian locales,
 * cp437/850 in the West; PowerShell 5.1's `>` and `Out-File` write UTF-16LE with a BOM,
 * `-Encoding utf8` UTF-8 with a BOM, PowerShell 7 UTF-8 without; slmgr.ini is UTF-16LE.
 *
 * The order: a BOM decides; text that is valid UTF-8 is UTF-8 (ASCII included); UTF-16 without a
 * BOM shows as NUL bytes in every other position; otherwise the caller's code page (`--encoding`,
 * or the one implied by the machine's slmgr.ini language), else the bytes are analysed (chardet:
 * the East Asian double-byte code pages are told apart reliably by their byte structure), else the
 * Western OEM/ANSI pages by where their letters sit.
 *
 * Decoding uses Node's built-in TextDecoder (full ICU: shift_jis, gbk, big5, euc-kr,
 * windows-125x); the DOS code pages that the WHATWG set lacks (437, 850, 852, …) come from
 * iconv-lite's tables.
 */

export interface EncodingDecision {
  encoding: TextEncoding;
  /** Length of the byte-order mark to skip. */
  bomLength: number;
  /** How it was decided (byte-order mark, valid UTF-8, --encoding, the slmgr.ini's language, byte analysis), as a catalog message. */
  reason: Message;
}

/** The encodings only iconv-lite has (Node's TextDecoder follows the WHATWG list, which lacks the DOS pages). */
const ICONV_ONLY = new Set(['cp437', 'cp850', 'cp852']);

/**
 * The OEM code page of a Windows display language (LANGID, as in `slmgr\0411\slmgr.ini`):
 * what `cscript … > file` writes on such a machine. Unknown languages give null.
 */
export function oemEncodingOfLangId(langId: string): TextEncoding | null {
  const id = parseInt(langId, 16);
  if (!Number.isInteger(id)) return null;
  const primary = id & 0x3ff;
  if (id === 0x0411) return 'shift_jis';
  if (id === 0x0804 || id === 0x1004) return 'gbk';
  if (id === 0x0404 || id === 0x0c04 || id === 0x1404) return 'big5';
  if (id === 0x0412) return 'euc-kr';
  if (id === 0x0409) return 'cp437';
  // Cyrillic (ru, uk, be, bg, sr-Cyrl…): cp866.
  if ([0x19, 0x22, 0x23, 0x02].includes(primary)) return 'ibm866';
  // Central European (pl, cs, sk, hu, sl, hr, ro): cp852.
  if ([0x15, 0x05, 0x1b, 0x0e, 0x24, 0x1a, 0x18].includes(primary)) return 'cp852';
  // Western European languages and English variants outside the US: cp850.
  if ([0x07, 0x0c, 0x10, 0x0a, 0x13, 0x16, 0x1d, 0x06, 0x14, 0x0b, 0x03, 0x2d, 0x09].includes(primary)) return 'cp850';
  return null;
}

/**
 * The OEM code page implied by the script of a slmgr.ini's own text (when its LANGID is not known,
 * e.g. one taken from a snapshot): kana → cp932, Hangul → cp949, Han → cp936 (simplified) — the
 * traditional-Chinese ini is told apart by characters only it uses (體軟態資認證線電機, escaped so the
 * bundle stays ASCII: see build/bundle.ts).
 */
export function oemEncodingOfText(text: string): TextEncoding | null {
  if (/[\u3040-\u30ff]/.test(text)) return 'shift_jis';
  if (/[\uac00-\ud7af]/.test(text)) return 'euc-kr';
  if (/\p{Script=Han}/u.test(text)) return /[\u9AD4\u8EDF\u614B\u8CC7\u8A8D\u8B49\u7DDA\u96FB\u6A5F]/.test(text) ? 'big5' : 'gbk';
  if (/[\u0400-\u04ff]/.test(text)) return 'ibm866';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the end of a head sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (pairs > 0 && oddZeros >= pairs * 0.2 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (pairs > 0 && evenZeros >= pairs * 0.2 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** How much of a file the byte analysis looks at. */
export const HEAD_BYTES = 64 * 1024;

/** chardet's names → ours, for the encodings a Windows machine writes. */
const CHARDET_NAMES: Record<string, TextEncoding> = {
  Shift_JIS: 'shift_jis',
  GB18030: 'gbk',
  Big5: 'big5',
  'EUC-KR': 'euc-kr',
  'EUC-JP': 'euc-jp',
};

/**
 * Single-byte Western text: the DOS pages put accented letters in 0x80–0xA5 (ä 0x84, é 0x82,
 * ü 0x81), the ANSI page in 0xC0–0xFF (ä 0xE4, é 0xE9). Console redirection writes the DOS page,
 * Notepad's "ANSI" the other.
 */
function westernPage(bytes: Uint8Array): TextEncoding {
  let dos = 0;
  let ansi = 0;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0xa5) dos++;
    else if (b >= 0xc0) ansi++;
  }
  return dos > ansi ? 'cp850' : 'windows-1252';
}

/** What the caller knows beyond the bytes: `--encoding`, or the code page the machine's language implies. */
export interface EncodingHint {
  forced?: TextEncoding | undefined;
  codePage?: TextEncoding | null | undefined;
  /** How the code page was inferred, for notes ("slmgr.ini language 0411"). */
  codePageReason?: Message | undefined;
}

/**
 * Decides the encoding of a file from its bytes: the whole file, or the head of a file that is
 * streamed (64 KB is plenty; only UTF-8 validity looks at everything it is given).
 */
export function detectTextEncoding(bytes: Uint8Array, hint: EncodingHint = {}): EncodingDecision {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, reason: msg('facts.encoding.bom') };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, reason: msg('facts.encoding.bom') };
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, reason: msg('facts.encoding.bom') };
  if (hint.forced) return { encoding: hint.forced, bomLength: 0, reason: msg('facts.encoding.option', { option: '--encoding' }) };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0, reason: msg('facts.encoding.utf16-nul') };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, reason: msg('facts.encoding.valid-utf8') };
  if (hint.codePage) return { encoding: hint.codePage, bomLength: 0, reason: hint.codePageReason ?? msg('facts.encoding.ini') };
  for (const candidate of chardet.analyse(head)) {
    const ours = CHARDET_NAMES[candidate.name];
    if (ours && candidate.confidence >= 50 && decodesCleanly(head, ours))
      return { encoding: ours, bomLength: 0, reason: msg('facts.encoding.byte-analysis', { name: candidate.name, confidence: candidate.confidence }) };
  }
  return { encoding: westernPage(head), bomLength: 0, reason: msg('facts.encoding.western') };
}

function decodesCleanly(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A streaming decoder: `write` each chunk in order, then `end`. Bytes that do not decode become U+FFFD. */
export interface StreamDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

export function createStreamDecoder(encoding: TextEncoding): StreamDecoder {
  if (encoding === 'utf-8') {
    // Node's StringDecoder: the same text as TextDecoder (U+FFFD for the same invalid bytes, a
    // character cut between chunks kept for the next; inputs-encoding.test.ts compares both on
    // random bytes and cuts), in half the time, which matters for event logs of hundreds of MB.
    const decoder = new StringDecoder('utf8');
    return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() };
  }
  if (ICONV_ONLY.has(encoding)) {
    const decoder = iconv.getDecoder(encoding);
    return { write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => decoder.end() ?? '' };
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  reason: Message;
}

/**
 * Decodes a whole file's bytes. Bytes invalid in the chosen encoding, NULs and runs of control
 * characters mean this is not text: a UsageError naming the file.
 */
export function decodeTextBytes(bytes: Uint8Array, fileName: string, hint: EncodingHint = {}): DecodedText {
  const decision = detectTextEncoding(bytes, hint);
  const body = bytes.subarray(decision.bomLength);
  let text: string;
  if (ICONV_ONLY.has(decision.encoding)) {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), decision.encoding);
  } else {
    try {
      text = new TextDecoder(decision.encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw inputError('input-error.file.undecodable', { path: fileName, encoding: decision.encoding, reason: decision.reason, option: '--encoding NAME' });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw inputError('input-error.file.binary', { path: fileName, encoding: decision.encoding });
  return { text, encoding: decision.encoding, bom: decision.bomLength > 0, reason: decision.reason };
}

/** NUL anywhere, or more than 1 % C0 control characters other than tab, CR, LF, FF. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > 0 && controls > text.length / 100;
}
