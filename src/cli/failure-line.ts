import { visibleText } from '../report/display-text.js';

/**
 * Exit 2 promises one line on stderr, and a message may carry more: yargs writes "Invalid
 * values:" over several lines, and a parser may quote the raw bytes of a hostile file. Line breaks
 * become spaces (the message reads on); every other control character is shown by the one escaping
 * function of the renderers (it would move the cursor or colour the terminal).
 */
export function failureLine(message: string): string {
  return visibleText(
    message
      .split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join(' ')
      .replace(/\t/g, ' '),
  );
}
