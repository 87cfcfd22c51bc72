/** The console view of an `activate-probe` report: the probe, its findings, the verdict. */
import type { ActivationProbeReport } from '../../report/activation-report.js';
import type { Colors } from '../output-context.js';
import { renderActivation } from './activation.js';
import { findingsLines, summaryLine } from './findings.js';

export function renderActivationProbeHuman(report: ActivationProbeReport, c: Colors): string {
  const section = report.activation;
  const sent = section.mode === 'sent';
  // Without a request there is nothing to judge but the bind: "no findings" would claim too much.
  const findings = report.findings.length > 0 || sent ? findingsLines(report.findings, c) : [];
  const tail = sent ? (section.requestSent ? '1 activation request sent' : 'no request sent') : 'no activation request sent';
  return `${[...renderActivation(section, c), ...findings, summaryLine(report, c, tail)].join('\n')}\n`;
}
