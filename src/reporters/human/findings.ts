/** The findings and the closing summary line, as every console view shows them. */
import { codesIn } from '../../catalog/codes/codes-in.js';
import { codesLine } from '../../catalog/codes/render.js';
import { displaySafe } from '../../report/display-text.js';
import type { Envelope } from '../../report/envelope.js';
import type { Finding } from '../../rules/types.js';
import type { Colors } from '../output-context.js';

const SEVERITY_LABEL = { error: '✖ error', warning: '▲ warning', info: 'ℹ info' } as const;

/** One dim line naming the known error codes in the message or evidence, each with its explain command. */
function codesLines(finding: Finding, c: Colors): string[] {
  const line = codesLine(codesIn([finding.message, ...finding.evidence.map((evidence) => evidence.summary)].join('\n')));
  return line === null ? [] : [c.dim(`     ${line}`)];
}

export function findingBlock(unsafe: Finding, index: number, c: Colors): string[] {
  const finding = displaySafe(unsafe);
  const paint = finding.severity === 'error' ? c.red : finding.severity === 'warning' ? c.yellow : c.cyan;
  return [
    `  ${index}. ${paint(SEVERITY_LABEL[finding.severity])}  ${c.bold(finding.title)}  ${c.dim(finding.ruleId)}`,
    `     ${finding.message}`,
    ...codesLines(finding, c),
    ...finding.evidence.map((evidence) => c.dim(`     evidence: ${evidence.summary}`)),
    ...finding.remedy.map((step, i) => `     ${i === 0 ? 'remedy:' : '       '} ${i + 1}) ${step}`),
    c.dim(`     more: ${finding.docs}`),
  ];
}

/** The findings, most severe first, or one line saying there are none. */
export function findingsLines(findings: readonly Finding[], c: Colors, none = '✔ No findings.'): string[] {
  if (findings.length === 0) return [c.green(none), ''];
  return [c.bold('Findings'), ...findings.flatMap((finding, i) => [...findingBlock(finding, i + 1, c), ''])];
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `PASS  0 errors, 1 warning, 0 infos — <tail>`: the verdict and the counts of the one summary. */
export function summaryLine(report: Pick<Envelope, 'summary'>, c: Colors, tail: string): string {
  const { errors, warnings, infos, verdict } = report.summary;
  return `${verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${tail ? ` — ${tail}` : ''}`;
}
