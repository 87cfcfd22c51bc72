/**
 * The one report envelope every command writes (schema: src/report/report.schema.json, $defs
 * `envelope`, `summary`, `finding`): what ran, when, on what input, the findings, and one summary
 * with the verdict and the exit code. Each kind adds its own fields next to these (its section).
 */
import { TOOL } from '../core/tool-info.js';
import { type Finding, SEVERITY_RANK, type Severity } from '../rules/types.js';

/** Bumped when a field is renamed or removed; adding fields keeps the version. 2: one envelope for every command. */
export const SCHEMA_VERSION = 2;

export type CommandName = 'connectivity' | 'srv' | 'port' | 'rpc' | 'lab' | 'analyze' | 'publication' | 'readiness' | 'activate-probe' | 'events' | 'fleet';

/** What the kind-specific part of a report holds; several commands share the connectivity kind. */
export type ReportKind = 'connectivity' | 'publication' | 'readiness' | 'activation-probe' | 'products' | 'events' | 'fleet';

export interface ReportSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Probes that ran (DNS queries, TCP connects, RPC binds, the activation request). */
  probes: number;
  verdict: 'pass' | 'fail';
  failOn: Severity;
  /** 0: nothing at or above failOn; 1: something is. The process exits with it. */
  exitCode: 0 | 1;
}

export interface Envelope<K extends ReportKind = ReportKind> {
  schemaVersion: number;
  kind: K;
  command: CommandName;
  tool: { name: string; version: string };
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  findings: Finding[];
  summary: ReportSummary;
}

/**
 * The one summary, verdict and exit computation. `graded` is what the verdict judges: the findings'
 * severities, unless the kind grades something else (readiness grades its checks).
 */
export function summarize(args: { findings: readonly Finding[]; failOn: Severity; probes: number; graded?: readonly Severity[] }): ReportSummary {
  const count = (severity: Severity) => args.findings.filter((finding) => finding.severity === severity).length;
  const graded = args.graded ?? args.findings.map((finding) => finding.severity);
  const failed = graded.some((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[args.failOn]);
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    probes: args.probes,
    verdict: failed ? 'fail' : 'pass',
    failOn: args.failOn,
    exitCode: failed ? 1 : 0,
  };
}

/** The envelope around a kind's section; `summaryExtra` adds the kind's own counts to the summary. */
export function buildEnvelope<K extends ReportKind, S extends object, X extends object = object>(args: {
  kind: K;
  command: CommandName;
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  findings: Finding[];
  summary: ReportSummary;
  summaryExtra?: X;
  section: S;
}): Envelope<K> & S & { summary: ReportSummary & X } {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: args.kind,
    command: args.command,
    tool: { name: TOOL.name, version: TOOL.version },
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    ...args.section,
    findings: args.findings,
    summary: { ...args.summary, ...(args.summaryExtra ?? ({} as X)) },
  };
}
