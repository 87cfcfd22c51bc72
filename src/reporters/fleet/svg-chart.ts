/**
 * Horizontal bar charts as inline SVG, for the fleet dashboard: no script, no font, no external
 * file, so the page opens anywhere (mail attachment, air-gapped admin box) and prints. Every label
 * is escaped; the bars are drawn to scale with their value written next to them, so the chart
 * never is the only place a number appears.
 */
import { escapeXml } from '../markup-text.js';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

const ROW = 22;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 360;

/** `empty`: what the chart says when there is nothing to draw, in the page's language. */
export function svgBarChart(id: string, title: string, bars: readonly Bar[], empty: string): string {
  const e = escapeXml;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = 30 + Math.max(1, bars.length) * ROW;
  const width = LABEL_WIDTH + BAR_WIDTH + 80;
  const rows =
    bars.length === 0
      ? [`<text x="10" y="44" fill="#666">${e(empty)}</text>`]
      : bars.map((bar, index) => {
          const y = 30 + index * ROW;
          const w = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * BAR_WIDTH));
          const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
          return (
            `<g><title>${e(`${bar.label}: ${bar.value}`)}</title><text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${e(label)}</text>` +
            `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${ROW - 6}" fill="${bar.colour ?? '#3b6ea5'}"/>` +
            `<text x="${LABEL_WIDTH + w + 6}" y="${y + 15}">${bar.value}</text></g>`
          );
        });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${e(id)}" class="chart" role="img" aria-label="${e(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">` +
    `<text x="10" y="18" font-weight="bold" font-size="14">${e(title)}</text>${rows.join('')}</svg>`
  );
}
