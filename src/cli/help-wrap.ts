/**
 * Line wrapping for the help text yargs lays out (through cliui), aware of Japanese. cliui wraps
 * with wrap-ansi, which breaks lines only at spaces: a Japanese description, which has spaces only
 * around the ASCII words in it, broke at those few places and left ragged short lines. Here a line
 * may also break next to a Japanese character, measured in display width (full-width counts 2),
 * with the kinsoku rules of Japanese typesetting: no line starts with closing punctuation or a small
 * kana (、。）」ー っ …) and none ends with an opening bracket (（「 …).
 *
 * Text without Japanese characters (every English help) goes to wrap-ansi unchanged, so English help
 * stays byte for byte what it was. The bundle's cliui stand-in (build/shims/cliui-on-demand.cjs)
 * hands this function to cliui, so it loads only when help is laid out.
 */

export type WrapAnsi = (text: string, width: number, options?: { hard?: boolean; trim?: boolean; wordWrap?: boolean }) => string;

/** Hiragana, katakana, CJK ideographs and symbols, full-width forms: characters a line may break between. */
const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** 行頭禁則: never at the start of a line (closing punctuation, small kana, iteration and length marks). */
const NO_LINE_START = new Set([...'、。，．・：；？！゛゜ー―〜）］｝」』】〕〉》〙〗〟’”ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ', ...'),]}>.,:;!?%']);

/** 行末禁則: never at the end of a line (opening brackets). */
const NO_LINE_END = new Set([...'（［｛「『【〔〈《〘〖〝‘“', ...'([{<']);

const isJapanese = (char: string): boolean => JAPANESE.test(char);

/**
 * Whether a line may break between two adjacent characters of one word (no space between them):
 * next to a Japanese character, as Japanese typesetting allows (also between 、 and an ASCII word,
 * as in "LC_ALL、LANG"), unless kinsoku forbids it. Two ASCII characters never part: a command,
 * flag, id or path stays whole.
 */
function breakableBetween(before: string, after: string): boolean {
  return (isJapanese(before) || isJapanese(after)) && !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}

/** A space-free word cut where lines may break: "KMS ホスト" words become "KMS", "ホ", "ス", "ト". */
function units(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  let current = '';
  for (const [index, char] of chars.entries()) {
    const previous = chars[index - 1];
    if (previous !== undefined && breakableBetween(previous, char)) {
      out.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * A unit wider than the whole line, cut by characters (what wrap-ansi's `hard` does for a long
 * word); a piece that would start with closing punctuation, or follow an opening bracket, takes
 * the character before it along (追い出し), so kinsoku holds here too.
 */
function hardCut(unit: string, width: number, stringWidth: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece !== '' && stringWidth(piece + char) > width) {
      const chars = [...piece];
      const last = chars.at(-1) ?? '';
      const carried = (NO_LINE_START.has(char) || NO_LINE_END.has(last)) && chars.length > 1 ? (chars.pop() ?? '') : '';
      pieces.push(chars.join(''));
      piece = carried;
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** One paragraph (no newline): lines filled greedily; spaces where a line breaks are dropped, as wrap-ansi does. */
function wrapParagraph(paragraph: string, width: number, stringWidth: (text: string) => number): string {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // Words and the runs of spaces before them; inner runs are kept when no line breaks there.
  for (const [, gap, word] of paragraph.trimStart().matchAll(/( *)([^ ]+)/gu) as IterableIterator<[string, string, string]>) {
    let pendingGap = line === '' ? '' : gap;
    for (const unit of units(word)) {
      const unitWidth = stringWidth(unit);
      if (line !== '' && lineWidth + stringWidth(pendingGap) + unitWidth > width) {
        lines.push(line);
        line = '';
        lineWidth = 0;
        pendingGap = '';
      }
      if (line === '' && unitWidth > width) {
        const pieces = hardCut(unit, width, stringWidth);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = stringWidth(line);
      } else {
        line += pendingGap + unit;
        lineWidth += stringWidth(pendingGap) + unitWidth;
      }
      pendingGap = '';
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** cliui's `wrap`: Japanese-aware for text holding Japanese, wrap-ansi itself for everything else. */
export function helpWrapper(wrapAnsi: WrapAnsi, stringWidth: (text: string) => number): WrapAnsi {
  return (text, width, options) => {
    // Help text carries no colour; should some ever, wrap-ansi keeps its escapes intact.
    if (!JAPANESE.test(text) || text.includes('\u001b')) return wrapAnsi(text, width, options);
    return text
      .split('\n')
      .map((paragraph) => wrapParagraph(paragraph, width, stringWidth))
      .join('\n');
  };
}
