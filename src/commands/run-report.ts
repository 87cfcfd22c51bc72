/**
 * The one pipeline every report command runs through:
 *   check --out → load the inputs (files, snapshots, logs: a bad one is exit 2 before any probe)
 *   → observe, under one ProbeRunner with one deadline and one concurrency bound, each probe
 *   streamed as an NDJSON line the moment it finishes → evaluate the rules → one report envelope
 *   with one summary → a reporter from the registry → stdout, or the one --out writer (atomic
 *   for a regular file).
 * Returns the exit code; the caller sets it (output is never cut short by process.exit).
 */

import type { Locale } from '../catalog/catalogs.js';
import { sayInLanguage } from '../catalog/input-error.js';
import { localizeReasons } from '../catalog/localize-reasons.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { ProbeResult } from '../core/result.js';
import { runDeadline } from '../core/run-deadline.js';
import { startTimer } from '../core/timing.js';
import { UsageError } from '../core/usage-error.js';
import { ProbeRunner } from '../engine/probe-runner.js';
import type { ReportOfKind } from '../report/any-report.js';
import { visibleText } from '../report/display-text.js';
import { buildEnvelope, type CommandName, type ReportKind, summarize } from '../report/envelope.js';
import type { ReportFormat } from '../reporters/formats.js';
import { ndjsonResultLine } from '../reporters/ndjson.js';
import { outputContext } from '../reporters/output-context.js';
import { canRender, type ReporterContext, renderReport } from '../reporters/registry.js';
import type { Finding, Severity } from '../rules/types.js';
import type { ProbeSettings } from './probe-settings.js';

/** What the output options decided (src/cli/options/output-options.ts). */
export interface OutputChoice {
  format: ReportFormat;
  out: string | undefined;
  failOn: Severity;
  color: boolean | undefined;
  /** The language findings, checks and reports are written in (ids, codes and args never change). */
  locale: Locale;
}

/** What observing gets: the run's one probe runner and deadline (null/undefined offline), and a way to say what it is doing. */
export interface Observation {
  /** The report's language, for what observing already words (readiness renders its checks). */
  locale: Locale;
  runner: ProbeRunner | null;
  deadline: AbortSignal | undefined;
  probing: ProbeSettings | null;
  progress(text: string): void;
}

type SectionOf<K extends ReportKind> = Omit<ReportOfKind[K], 'schemaVersion' | 'kind' | 'command' | 'tool' | 'startedAt' | 'durationMs' | 'input' | 'findings' | 'summary'>;
type SummaryExtraOf<K extends ReportKind> = Omit<ReportOfKind[K]['summary'], 'errors' | 'warnings' | 'infos' | 'probes' | 'verdict' | 'failOn' | 'exitCode'>;

export interface ReportRun<K extends ReportKind, L, O> {
  command: CommandName;
  kind: K;
  output: OutputChoice;
  /** null: nothing is probed (an offline analysis); the probing options are then ignored. */
  probing: ProbeSettings | null;
  /** Called after observing, so a command can record where a request went. */
  input: () => Record<string, unknown>;
  /** Printed before the report in the human format (the lab's description). */
  preface?: string | undefined;
  /** Reads and validates the inputs (files, snapshots, logs) before anything is probed. */
  load(): Promise<L>;
  observe(observation: Observation, loaded: L): Promise<O>;
  evaluate(observed: O, locale: Locale): Finding[];
  /** The kind's own part of the report; notes in it are in the report's language. */
  section(observed: O, locale: Locale): SectionOf<K>;
  /** What the verdict grades when not the findings (readiness: its checks). */
  graded?(observed: O): Severity[];
  summaryExtra?(observed: O): SummaryExtraOf<K>;
  /** Probes counted in the summary when not every finished probe (connectivity: the report's results). */
  probes?(observed: O, finished: number): number;
  /** Data a reporter needs that is not in the report (fleet CSV rows). */
  reporterData?(observed: O): Partial<ReporterContext>;
}

export async function runReport<K extends ReportKind, L, O>(run: ReportRun<K, L, O>): Promise<{ exitCode: number; report: ReportOfKind[K] }> {
  const { format, out } = run.output;
  if (!canRender(format, run.kind)) throw new UsageError(render(msg('run.usage.format-unavailable', { format, command: run.command }), run.output.locale));
  // Refused before the run (a directory, a socket), so a long run does not end in a refusal. The
  // writer (and the file-system promises it needs) loads only when there is a file to write.
  const writer = out === undefined ? undefined : { out, ...(await import('./write-out.js')) };
  if (writer) await writer.checkOutTarget(writer.out, '--out', run.output.locale);
  // A bad input is one line in the run's language (the catalog's usage errors), before anything is probed.
  const loaded = await run.load().catch((error: unknown) => {
    throw sayInLanguage(error, run.output.locale);
  });
  const context = outputContext({ color: run.output.color });
  const timer = startTimer();
  const streamed: string[] = [];
  const emit = (text: string) => (out === undefined ? process.stdout.write(text) : streamed.push(text));
  if (format === 'human' && run.preface) emit(run.preface);
  // ora (and the text-width tables it builds on load) only when a spinner is shown: human output on
  // a terminal while probing. Everywhere else a silent stand-in takes the same calls.
  // A terminal that reports no width makes the spinner's line clearing loop forever: no spinner there.
  const showSpinner = format === 'human' && out === undefined && context.interactive && run.probing !== null && (process.stderr.columns ?? 0) > 0;
  const spinner: { text: string; start(): unknown; stop(): unknown } = showSpinner
    ? (await import('ora')).default({ text: render(msg('usage-error.progress.probing'), run.output.locale), stream: process.stderr })
    : { text: '', start: () => undefined, stop: () => undefined };
  let finished = 0;
  const onResult = (result: ProbeResult) => {
    finished += 1;
    if (format === 'ndjson') emit(ndjsonResultLine(localizeReasons(result, run.output.locale)));
    spinner.text = visibleText(render(msg('usage-error.progress.probed', { count: finished, id: result.id }), run.output.locale));
  };
  // One deadline and one runner for every phase: discovery, probes, a second pass, the activation request.
  const deadline = run.probing ? runDeadline(run.probing.deadlineMs) : undefined;
  const runner = run.probing ? new ProbeRunner({ concurrency: run.probing.concurrency, deadlineMs: run.probing.deadlineMs, signal: deadline, onResult }) : null;
  spinner.start();
  let observed: O;
  try {
    observed = await run.observe({ runner, deadline, probing: run.probing, locale: run.output.locale, progress: (text) => (spinner.text = visibleText(text)) }, loaded);
  } catch (error) {
    throw sayInLanguage(error, run.output.locale);
  } finally {
    spinner.stop();
  }
  const findings = run.evaluate(observed, run.output.locale);
  const summary = summarize({ findings, failOn: run.output.failOn, probes: run.probes?.(observed, finished) ?? finished, ...(run.graded && { graded: run.graded(observed) }) });
  const report = buildEnvelope({
    kind: run.kind,
    command: run.command,
    startedAt: timer.startedAt,
    durationMs: timer.elapsedMs(),
    input: run.input(),
    findings,
    summary,
    ...(run.summaryExtra && { summaryExtra: run.summaryExtra(observed) }),
    // Probes record their sentences in English with the reasons beside them: the report speaks its language.
    section: localizeReasons(run.section(observed, run.output.locale), run.output.locale),
  }) as unknown as ReportOfKind[K];
  const text = renderReport(report, format, { colors: context.colors, locale: run.output.locale, ...run.reporterData?.(observed) });
  if (writer) await writer.writeOutFile(writer.out, streamed.join('') + text, '--out', run.output.locale);
  else await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return { exitCode: report.summary.exitCode, report };
}
