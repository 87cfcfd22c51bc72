import { stripVTControlCharacters } from 'node:util';

/**
 * Left-aligned columns padded to the widest cell. Widths are measured without colour codes,
 * so a coloured cell lines up with a plain one.
 */
export function renderTable(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stripVTControlCharacters(cell).length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - stripVTControlCharacters(cell).length))).join('  ').trimEnd());
}
