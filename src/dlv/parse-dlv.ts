/**
 * `slmgr /dlv` and `/dli` text → Snapshot (src/snapshot/model.ts), for the offline path: what a
 * customer pastes or attaches. Only what the text shows is filled in; everything else is null.
 *
 * Labels: the English texts of slmgr.vbs are built in (labels.ts); another language is read
 * through that machine's slmgr.ini (`options.ini`, mapping the same `L_Msg…` resource names), and
 * the few Japanese labels confirmed as console text are built in (japanese.ts). As slmgr falls back
 * to English for every resource the ini lacks, English is always matched too. A line whose label
 * is not known is reported in `unknownLines`, never guessed.
 *
 * Language-independent anchors are read from unknown lines as well, because they come from
 * license files or WMI, not from slmgr's resources (kms-facts.md §6.1): product names
 * ("Windows(R), … edition", "Office 16, … edition"), channel descriptions ("…, VOLUME_KMSCLIENT
 * channel"), key channels ("Volume:GVLK"), the Windows/Office application IDs (and the activation
 * ID, which slmgr prints on the line just before), a GUID on a line whose label contains "CMID"
 * (the abbreviation stays in every translation seen, §6.6), and the service version on the line
 * before the first product. A host:port on an unknown line is only reported: without its label
 * it is not known whether it was set with /skms or found through DNS.
 *
 * Schema-bound values: GUID fields hold a GUID or stay null (a product's `id`, which model.ts
 * types as a string and the schema requires to be a UUID, is UNKNOWN_ACTIVATION_ID — the nil GUID —
 * when the text shows none, as in all /dli output); ports and counts that are not in range are left
 * null with a warning.
 *
 * The work is split by concern: label-matcher.ts (labels → patterns), text-lines.ts and
 * detect-language.ts (the text), anchors.ts and value-readers.ts (values), dlv-parser.ts (which
 * product a line belongs to); this module is the entry point.
 *
 * Matching is tolerant where paste and locale differ and strict where meaning does: text is
 * NFKC-normalised (full-width colons and digits become ASCII), whitespace runs in a label may be
 * any width (or absent), letter case is ignored; the words themselves must match.
 */
import { inputError } from '../catalog/input-error.js';
import { type Message, msg } from '../catalog/message.js';
import { readTextFile } from '../inputs/read-text-file.js';
import type { EncodingHint } from '../inputs/text-encoding.js';
import { emptySnapshot } from '../snapshot/empty-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { detectDlvLanguage } from './detect-language.js';
import { DlvParser } from './dlv-parser.js';
import { matcherFor } from './label-matcher.js';
import type { LabelKey } from './labels.js';
import { MAX_DLV_FILE_BYTES, MAX_DLV_TEXT_CHARS, MAX_LINE_CHARS, MAX_UNKNOWN_NOTES } from './limits.js';
import { splitLines } from './text-lines.js';

export interface DlvParseOptions {
  /** The machine's slmgr.ini (resource name → text), e.g. from readSlmgrIni(). Keys are compared case-insensitively. */
  ini?: Map<string, string>;
  /** 'auto' (default) detects the language; 'ja' adds the built-in confirmed Japanese labels; 'en' uses English only (plus the ini). */
  language?: 'en' | 'ja' | 'auto';
  /** The time written to `collectedAt` (default: now). */
  now?: Date;
}

export interface DlvParseResult {
  snapshot: Snapshot;
  /** The language of the labels: the forced one, or the detected one (see detectDlvLanguage). */
  language: string;
  /** Lines whose label is not known (after the first MAX_UNKNOWN_LINES only counted in `warnings`). */
  unknownLines: string[];
  /** How many lines carried a known label: 0 means nothing in the text was slmgr output. */
  recognisedLines: number;
  /** What the reader noted, as catalog messages (the snapshot's noteMessages hold them too). */
  warnings: Message[];
}

/** The built-in Japanese labels the note names, as console output shows them. */
const CONFIRMED_JAPANESE_LABELS = ['"ライセンスの状態:" + "ライセンスされています"', '"DNS の KMS コンピューター名"'];

/**
 * Parses `slmgr /dlv` or `/dli` output (one product or `all`, client or host, English or localized)
 * into a Snapshot with `sources: ['slmgr-dlv']`. Never throws for any text up to
 * MAX_DLV_TEXT_CHARS; longer text is a UsageError.
 */
export function parseDlv(text: string, options: DlvParseOptions = {}): DlvParseResult {
  if (text.length > MAX_DLV_TEXT_CHARS) {
    throw inputError('input-error.dlv.too-large', { size: text.length, max: MAX_DLV_TEXT_CHARS });
  }
  const normalized = text.replace(/^\uFEFF/, '').normalize('NFKC');
  const detected = detectDlvLanguage(normalized);
  const forced = options.language && options.language !== 'auto' ? options.language : null;
  const language = forced ?? detected;
  const japanese = forced === 'ja' || (forced === null && detected === 'ja');
  const parser = new DlvParser(matcherFor(options.ini, japanese));

  for (const line of splitLines(normalized)) parser.feed(line);
  const { service, products } = parser.finish();

  const warnings = [...parser.warnings];
  if (normalized.includes('\u0000')) warnings.push(msg('input-note.dlv.nul'));
  const recognised = products.length > 0 || service !== null;
  if (!options.ini && parser.unknownCount > 0 && language !== 'en' && (recognised || language !== 'unknown')) {
    warnings.push(
      japanese
        ? msg('input-note.dlv.japanese-without-ini', { labels: CONFIRMED_JAPANESE_LABELS, path: '%SystemRoot%\\System32\\slmgr\\0411\\slmgr.ini' })
        : msg('input-note.dlv.other-language-without-ini', { language, path: '%SystemRoot%\\System32\\slmgr\\<LANGID>\\slmgr.ini' }),
    );
  }
  if (parser.unknownCount > 0) {
    const listed = parser.unknownCount > parser.unknownLines.length ? parser.unknownLines.length : null;
    warnings.push(msg('input-note.dlv.unknown-count', { count: parser.unknownCount, listed }));
  }
  if (!recognised) warnings.push(msg('input-note.dlv.not-recognised'));

  const noteMessages = [...warnings, ...parser.unknownLines.slice(0, MAX_UNKNOWN_NOTES).map((line) => msg('input-note.dlv.unknown-line', { line }))];
  if (parser.unknownLines.length > MAX_UNKNOWN_NOTES) noteMessages.push(msg('input-note.dlv.more-unknown', { count: parser.unknownCount - MAX_UNKNOWN_NOTES }));

  const snapshot: Snapshot = {
    ...emptySnapshot(options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date()),
    sources: ['slmgr-dlv'],
    service,
    products,
    noteMessages,
  };
  return { snapshot, language, unknownLines: [...parser.unknownLines], recognisedLines: parser.recognisedCount, warnings };
}

/**
 * The label one line carries, with its values (`value` for a prefix label, the placeholder names
 * for a template), or null when no label is known. English always; the ini's labels when given;
 * the confirmed Japanese labels when `language` is 'ja'.
 */
export function matchDlvLabel(
  line: string,
  options: Pick<DlvParseOptions, 'ini' | 'language'> = {},
): { key: LabelKey; source: 'english' | 'ini' | 'ja'; values: Record<string, string> } | null {
  const normalized = line.normalize('NFKC').trim();
  if (normalized === '' || normalized.length > MAX_LINE_CHARS) return null;
  const match = matcherFor(options.ini, options.language === 'ja').match(normalized);
  return match ? { key: match.label.key, source: match.source, values: match.values } : null;
}

/**
 * Reads a saved /dlv output file in whatever encoding Windows wrote it: UTF-16LE (PowerShell's
 * `>`), UTF-8 with or without BOM, or the console's OEM code page (`cscript … > x.txt` in cmd:
 * cp932 on Japanese Windows), told by `hint` (the slmgr.ini's language, `--encoding`) or by the
 * bytes. Missing, non-file, oversized or binary input is a UsageError naming the file.
 */
export async function readDlvText(path: string, hint?: EncodingHint): Promise<string> {
  const { text } = await readTextFile(path, { maxBytes: MAX_DLV_FILE_BYTES, what: 'dlv', hint });
  return text;
}
