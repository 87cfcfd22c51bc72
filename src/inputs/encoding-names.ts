import { inputError } from '../catalog/input-error.js';

/**
 * The names `--encoding` accepts, apart from the decoders (text-encoding.ts): a command checks its
 * options before it knows whether any file needs decoding, and should not load iconv-lite and
 * chardet for that.
 */

/** An encoding this reader decodes, by its canonical name. */
export type TextEncoding = string;

/** Names a user may give to `--encoding` (aliases in lower case) → canonical name. */
const ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  unicode: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  ms932: 'shift_jis',
  gbk: 'gbk',
  cp936: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  cp950: 'big5',
  'euc-kr': 'euc-kr',
  cp949: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  'euc-jp': 'euc-jp',
  cp437: 'cp437',
  ibm437: 'cp437',
  '437': 'cp437',
  cp850: 'cp850',
  ibm850: 'cp850',
  '850': 'cp850',
  cp852: 'cp852',
  ibm852: 'cp852',
  '852': 'cp852',
  cp866: 'ibm866',
  ibm866: 'ibm866',
  '866': 'ibm866',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};
for (const n of [1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258]) {
  ALIASES[`windows-${n}`] = `windows-${n}`;
  ALIASES[`cp${n}`] = `windows-${n}`;
  ALIASES[String(n)] = `windows-${n}`;
}
ALIASES['932'] = 'shift_jis';
ALIASES['936'] = 'gbk';
ALIASES['949'] = 'euc-kr';
ALIASES['950'] = 'big5';

/** The `--encoding` names, for help and error text. */
export const ENCODING_NAMES = 'utf-8, utf-16le, utf-16be, shift_jis (cp932), gbk (cp936), big5 (cp950), euc-kr (cp949), cp437, cp850, cp852, cp866, windows-1250…1258';

/** `--encoding NAME` → canonical name; a UsageError lists what is accepted. */
export function parseEncodingName(name: string): TextEncoding {
  const canonical = ALIASES[name.trim().toLowerCase()];
  if (!canonical) throw inputError('usage-error.encoding.unknown', { flag: '--encoding', value: name, names: ENCODING_NAMES });
  return canonical;
}
