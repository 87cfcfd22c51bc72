import { TOOL } from '../core/tool-info.js';
import type { ActivationSection } from '../kms/activation.js';
import type { RuleId } from '../rules/catalog.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../rules/types.js';
import { SCHEMA_VERSION } from './report.js';

/** The `activate-probe --json` report (schema: src/report/activation-probe.schema.json). */
export interface ActivationProbeReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  command: 'activate-probe';
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  activation: ActivationSection;
  findings: Finding<RuleId>[];
  summary: { errors: number; warnings: number; infos: number; verdict: 'pass' | 'fail'; failOn: Severity };
}

export function buildActivationReport(args: {
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  activation: ActivationSection;
  findings: Finding<RuleId>[];
  failOn: Severity;
}): ActivationProbeReport {
  const count = (severity: Severity) => args.findings.filter((finding) => finding.severity === severity).length;
  const failed = args.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[args.failOn]);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    command: 'activate-probe',
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    activation: args.activation,
    findings: args.findings,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), verdict: failed ? 'fail' : 'pass', failOn: args.failOn },
  };
}
