import type { ProbeResult } from '../../core/result.js';
import { jsonText } from '../../report/display-text.js';
import type { Report } from '../../report/report.js';
import { SCHEMA_VERSION } from '../../report/report.js';

/** One line per probe the moment it finishes, so a consumer (the PowerShell module) can stream. */
export function ndjsonResultLine(result: ProbeResult): string {
  return `${jsonText({ type: 'result', schemaVersion: SCHEMA_VERSION, result })}\n`;
}

/** After the probes: each target, each finding, then the summary with everything but the results already sent. */
export function ndjsonTail(report: Report): string {
  const lines = [
    ...report.targets.map((target) => ({ type: 'target', schemaVersion: SCHEMA_VERSION, target })),
    ...report.findings.map((finding) => ({ type: 'finding', schemaVersion: SCHEMA_VERSION, finding })),
    { type: 'summary', schemaVersion: SCHEMA_VERSION, report: { ...report, results: undefined } },
  ];
  return lines.map((line) => `${jsonText(line)}\n`).join('');
}
