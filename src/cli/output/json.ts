import { jsonText } from '../../report/display-text.js';
import type { Report } from '../../report/report.js';

export function renderJson(report: Report): string {
  return `${jsonText(report, 2)}\n`;
}
