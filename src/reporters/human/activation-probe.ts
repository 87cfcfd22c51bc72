/** The console view of an `activate-probe` report: the probe, its findings, the verdict. */
import type { ActivationProbeReport } from '../../report/activation-report.js';
import type { Colors } from '../output-context.js';
import { type ReportText, reportText } from '../report-text.js';
import { renderActivation } from './activation.js';
import { findingsLines, summaryLine } from './findings.js';

export function renderActivationProbeHuman(report: ActivationProbeReport, c: Colors, text: ReportText = reportText('en')): string {
  const section = report.activation;
  const sent = section.mode === 'sent';
  // Without a request there is nothing to judge but the bind: "no findings" would claim too much.
  const findings = report.findings.length > 0 || sent ? findingsLines(report.findings, c, text) : [];
  const tail = text(sent ? (section.requestSent ? 'report.activation.tail.sent' : 'report.activation.tail.not-sent') : 'report.activation.tail.none');
  return `${[...renderActivation(section, c, text), ...findings, summaryLine(report, c, text, tail)].join('\n')}\n`;
}
