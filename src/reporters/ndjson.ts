import type { ProbeResult } from '../core/result.js';
import type { AnyReport } from '../report/any-report.js';
import { jsonText } from '../report/display-text.js';
import { SCHEMA_VERSION } from '../report/envelope.js';

/** One line per probe the moment it finishes, so a consumer (the PowerShell module) can stream. */
export function ndjsonResultLine(result: ProbeResult): string {
  return `${jsonText({ type: 'result', schemaVersion: SCHEMA_VERSION, result })}\n`;
}

/**
 * After the probes: each target (connectivity), each finding, then the summary line holding the
 * whole report but the results already sent.
 */
export function ndjsonTail(report: AnyReport): string {
  const lines = [
    ...(report.kind === 'connectivity' ? report.targets.map((target) => ({ type: 'target', schemaVersion: SCHEMA_VERSION, target })) : []),
    ...report.findings.map((finding) => ({ type: 'finding', schemaVersion: SCHEMA_VERSION, finding })),
    { type: 'summary', schemaVersion: SCHEMA_VERSION, report: { ...report, results: undefined } },
  ];
  return lines.map((line) => `${jsonText(line)}\n`).join('');
}
