/** Which language a /dlv text's labels are in, told from the text alone (no slmgr.ini needed). */
import { matcherFor } from './label-matcher.js';
import { MAX_LINE_CHARS } from './limits.js';
import { isNoise, splitLines } from './text-lines.js';

export type DlvLanguage = 'en' | 'ja' | 'de' | 'zh' | 'unknown';

const KANA = /[\u3040-\u30ff]/;
const HAN = /\p{Script=Han}/u;
const DETECTION_LINES = 2000;

/**
 * The language of a /dlv text's labels: 'ja' (kana present), 'zh' (Han without kana), 'de' (the one
 * confirmed German console label, "Lizenzstatus"), 'en' (at least one English label, and English
 * labels are at least as many as other lines), else 'unknown'. Looks at the first 2000 non-blank lines.
 */
export function detectDlvLanguage(text: string): DlvLanguage {
  const lines: string[] = [];
  for (const { line } of splitLines(text.slice(0, 1_000_000).normalize('NFKC'))) {
    if (line === '' || isNoise(line)) continue;
    lines.push(line);
    if (lines.length >= DETECTION_LINES) break;
  }
  if (lines.some((line) => KANA.test(line))) return 'ja';
  if (lines.some((line) => HAN.test(line))) return 'zh';
  if (lines.some((line) => /^Lizenzstatus\b/i.test(line))) return 'de';
  const matcher = matcherFor(undefined, false);
  let english = 0;
  for (const line of lines) if (line.length <= MAX_LINE_CHARS && matcher.match(line)) english++;
  if (english > 0 && english >= lines.length - english) return 'en';
  return 'unknown';
}
