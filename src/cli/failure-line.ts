/**
 * Exit 2 promises one line on stderr, and a message may carry more: yargs writes "Invalid
 * values:" over several lines, and a parser may quote the raw bytes of a hostile file. Line breaks
 * become spaces (the message reads on), other control characters become visible \u escapes
 * (they would move the cursor or colour the terminal).
 */
export function failureLine(message: string): string {
  return message
    .split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => (char === '\t' ? ' ' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
