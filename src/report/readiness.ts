/**
 * The `kmsdoctor readiness` report ("before deployment"): one state per check, a verdict and the
 * findings behind them. Schema: src/report/readiness.schema.json.
 */
import { TOOL } from '../core/tool-info.js';
import type { CheckState, ReadinessCheck } from '../readiness/model.js';
import { CHECK_STATE_RANK } from '../readiness/model.js';
import type { Finding } from '../rules/types.js';

export type ReadinessFailOn = 'fail' | 'warn';

export interface ReadinessReport {
  kind: 'kms-doctor-readiness';
  schemaVersion: 1;
  tool: { name: string; version: string };
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  checks: ReadinessCheck[];
  summary: {
    pass: number;
    warn: number;
    fail: number;
    notRun: number;
    /** The worst state among the checks that ran (pass when none did). */
    verdict: 'pass' | 'warn' | 'fail';
    failOn: ReadinessFailOn;
    /** 0: nothing at or above failOn; 1: something is. */
    exitCode: 0 | 1;
  };
  findings: Array<{ ruleId: string; severity: string; title: string; message: string; target: string | null }>;
  notes: string[];
}

export function readinessVerdict(checks: readonly ReadinessCheck[]): 'pass' | 'warn' | 'fail' {
  if (checks.some((c) => c.state === 'fail')) return 'fail';
  if (checks.some((c) => c.state === 'warn')) return 'warn';
  return 'pass';
}

/** 1 when a check is at or above --fail-on (`fail` by default; `warn` makes warnings fail). */
export function readinessExitCode(checks: readonly ReadinessCheck[], failOn: ReadinessFailOn): 0 | 1 {
  const limit = CHECK_STATE_RANK[failOn];
  return checks.some((c) => c.state !== 'not-run' && CHECK_STATE_RANK[c.state] >= limit) ? 1 : 0;
}

export function buildReadinessReport(args: { startedAt: string; durationMs: number; input: Record<string, unknown>; checks: ReadinessCheck[]; findings: Finding[]; failOn: ReadinessFailOn; notes?: string[] }): ReadinessReport {
  const count = (state: CheckState) => args.checks.filter((c) => c.state === state).length;
  return {
    kind: 'kms-doctor-readiness',
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    checks: args.checks,
    summary: { pass: count('pass'), warn: count('warn'), fail: count('fail'), notRun: count('not-run'), verdict: readinessVerdict(args.checks), failOn: args.failOn, exitCode: readinessExitCode(args.checks, args.failOn) },
    findings: args.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, title: f.title, message: f.message, target: f.target ?? null })),
    notes: args.notes ?? [],
  };
}
