/** The findings and the closing summary line, as every console view shows them. */
import stringWidth from 'string-width';
import { codesIn } from '../../catalog/codes/codes-in.js';
import { codesLine } from '../../catalog/codes/render.js';
import { displaySafe } from '../../report/display-text.js';
import type { Envelope } from '../../report/envelope.js';
import type { Finding } from '../../rules/types.js';
import type { Colors } from '../output-context.js';
import type { ReportText } from '../report-text.js';

// Severity ids stay as they are in every language: they are what a script greps for.
const SEVERITY_LABEL = { error: '✖ error', warning: '▲ warning', info: 'ℹ info' } as const;

/** One dim line naming the known error codes in the message or evidence, each with its explain command. */
function codesLines(finding: Finding, c: Colors): string[] {
  const line = codesLine(codesIn([finding.message, ...finding.evidence.map((evidence) => evidence.summary)].join('\n')));
  return line === null ? [] : [c.dim(`     ${line}`)];
}

export function findingBlock(unsafe: Finding, index: number, c: Colors, text: ReportText): string[] {
  const finding = displaySafe(unsafe);
  const paint = finding.severity === 'error' ? c.red : finding.severity === 'warning' ? c.yellow : c.cyan;
  const remedy = text('report.label.remedy');
  // Later steps line up under the first one, whatever the label's width in this language.
  const continuation = ' '.repeat(stringWidth(remedy));
  return [
    `  ${index}. ${paint(SEVERITY_LABEL[finding.severity])}  ${c.bold(finding.title)}  ${c.dim(finding.ruleId)}`,
    `     ${finding.message}`,
    ...codesLines(finding, c),
    ...finding.evidence.map((evidence) => c.dim(`     ${text('report.label.evidence')} ${evidence.summary}`)),
    ...finding.remedy.map((step, i) => `     ${i === 0 ? remedy : continuation} ${i + 1}) ${step}`),
    c.dim(`     ${text('report.label.more')} ${finding.docs}`),
  ];
}

/** The findings, most severe first, or one line saying there are none. */
export function findingsLines(findings: readonly Finding[], c: Colors, text: ReportText, none = text('report.findings.none')): string[] {
  if (findings.length === 0) return [c.green(none), ''];
  return [c.bold(text('report.findings.heading')), ...findings.flatMap((finding, i) => [...findingBlock(finding, i + 1, c, text), ''])];
}

/** `PASS  0 errors, 1 warning, 0 infos — <tail>`: the verdict (PASS/FAIL in every language) and the counts of the one summary. */
export function summaryLine(report: Pick<Envelope, 'summary'>, c: Colors, text: ReportText, tail: string): string {
  const { errors, warnings, infos, verdict } = report.summary;
  const counts = text('report.verdict.counts', { errors, warnings, infos });
  return `${verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}  ${tail ? text('report.verdict.tail', { counts, tail }) : counts}`;
}
