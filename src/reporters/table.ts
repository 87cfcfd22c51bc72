import stringWidth from 'string-width';

/**
 * Left-aligned columns padded to the widest cell, by display width: colour codes count nothing,
 * a full-width character (Japanese text, a wide host name) counts two columns, so a Japanese
 * cell lines up with an English one in a terminal.
 */
export function renderTable(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell));
  }
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - stringWidth(cell))))
        .join('  ')
        .trimEnd(),
  );
}

/** `text` padded to `width` terminal columns (String#padEnd counts code units, so Japanese would overrun). */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - stringWidth(text), 0));
}
