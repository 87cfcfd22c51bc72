import { jsonText } from '../report/display-text.js';
import type { AnyReport } from '../report/any-report.js';

export function renderJson(report: AnyReport): string {
  return `${jsonText(report, 2)}\n`;
}
