/** A pasted /dlv text cut into lines, and the lines around slmgr's output that are not its own. */

const BANNER = [/^Microsoft \(R\) Windows Script Host\b/i, /^Copyright \(C\) Microsoft Corporation\b/i];
/** A pasted prompt line: `C:\Windows\system32>cscript …`, `PS C:\> slmgr …`. */
const PROMPT = /^(?:PS\s+)?[A-Za-z]:\\[^>]*>/;

export interface TextLine {
  line: string;
  indent: number;
}

export function splitLines(text: string): TextLine[] {
  return text.split(/\r\n|\r|\n/).map((raw) => {
    const line = raw.trim();
    return { line, indent: line === '' ? 0 : raw.length - raw.trimStart().length };
  });
}

/** The script host's banner and a pasted prompt: around slmgr's output, never part of it. */
export function isNoise(line: string): boolean {
  return BANNER.some((re) => re.test(line)) || PROMPT.test(line);
}
