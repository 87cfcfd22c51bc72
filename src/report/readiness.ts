/**
 * The `kmsdoctor readiness` report ("before deployment"): the envelope, one state per check, and
 * the findings behind them. Its verdict grades the checks: a failed check is graded as an error, a
 * warning check as a warning, so `--fail-on` speaks the same words as every other command.
 */
import type { CheckState, ReadinessCheck } from '../readiness/model.js';
import type { Finding, Severity } from '../rules/types.js';
import { buildEnvelope, type Envelope, type ReportSummary, summarize } from './envelope.js';

export interface ReadinessSection {
  checks: ReadinessCheck[];
  notes: string[];
}

/** The readiness counts the summary adds to the common ones. */
export interface ReadinessSummaryExtra {
  pass: number;
  warn: number;
  fail: number;
  notRun: number;
  /** The worst state among the checks that ran (pass when none did). */
  worstCheck: 'pass' | 'warn' | 'fail';
}

export type ReadinessReport = Envelope<'readiness'> & ReadinessSection & { summary: ReportSummary & ReadinessSummaryExtra };

const CHECK_SEVERITY: Readonly<Record<CheckState, Severity | null>> = { fail: 'error', warn: 'warning', pass: null, 'not-run': null };

/** What the verdict judges: each check that failed or warned, as a severity. */
export function gradeChecks(checks: readonly ReadinessCheck[]): Severity[] {
  return checks.flatMap((check) => CHECK_SEVERITY[check.state] ?? []);
}

export function worstCheck(checks: readonly ReadinessCheck[]): 'pass' | 'warn' | 'fail' {
  if (checks.some((c) => c.state === 'fail')) return 'fail';
  if (checks.some((c) => c.state === 'warn')) return 'warn';
  return 'pass';
}

export function readinessSummaryExtra(checks: readonly ReadinessCheck[]): ReadinessSummaryExtra {
  const count = (state: CheckState) => checks.filter((c) => c.state === state).length;
  return { pass: count('pass'), warn: count('warn'), fail: count('fail'), notRun: count('not-run'), worstCheck: worstCheck(checks) };
}

/** The readiness report, enveloped (a test or a caller without the runner builds it here). */
export function buildReadinessReport(args: {
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  checks: ReadinessCheck[];
  findings: Finding[];
  failOn: Severity;
  notes?: string[];
  probes?: number;
}): ReadinessReport {
  const summary = summarize({ findings: args.findings, failOn: args.failOn, probes: args.probes ?? 0, graded: gradeChecks(args.checks) });
  return buildEnvelope({
    kind: 'readiness',
    command: 'readiness',
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    findings: args.findings,
    summary,
    summaryExtra: readinessSummaryExtra(args.checks),
    section: { checks: args.checks, notes: args.notes ?? [] },
  });
}
