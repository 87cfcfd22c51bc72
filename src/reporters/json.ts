import type { AnyReport } from '../report/any-report.js';
import { jsonText } from '../report/display-text.js';

export function renderJson(report: AnyReport): string {
  return `${jsonText(report, 2)}\n`;
}
