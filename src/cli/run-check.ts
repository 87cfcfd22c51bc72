import type { ProbeResult } from '../core/result.js';
import { runDeadline } from '../core/run-deadline.js';
import { startTimer } from '../core/timing.js';
import { visibleText } from '../report/display-text.js';
import { checkConnectivity, type ConnectivityOptions } from '../engine/connectivity.js';
import type { ConnectivityFacts } from '../engine/model.js';
import { buildReport, type CommandName, type Report } from '../report/report.js';
import { evaluate } from '../rules/index.js';
import { SEVERITY_RANK, type Severity } from '../rules/types.js';
import type { ClientFacts } from '../rules/facts.js';
import type { ActivationSection } from '../kms/activation.js';
import type { HostFacts } from '../host/host-facts.js';
import { EXIT } from './exit-codes.js';
import { outputContext } from './output/context.js';
import { renderHuman } from './output/human.js';
import { renderJson } from './output/json.js';
import { ndjsonResultLine, ndjsonTail } from './output/ndjson.js';

/** What an offline analysis "probed": nothing, and it says so. */
const OFFLINE_FACTS: ConnectivityFacts = {
  dnsServers: [],
  dnsServerSource: 'none',
  domains: [],
  targets: [],
  managementPort: 135,
  phases: { activationPort: false, managementPort: false, rpc: false },
};

export interface RunCheckArgs {
  command: CommandName;
  /** null: offline analysis, nothing is probed. */
  engine: Omit<ConnectivityOptions, 'onResult'> | null;
  input: Record<string, unknown>;
  format: 'human' | 'json' | 'ndjson';
  failOn: Severity;
  color?: boolean | undefined;
  /** The client's own state, when the check starts from a snapshot, slmgr text or events. */
  client?: ClientFacts | undefined;
  /** KMS hosts analysed offline (analyze with host snapshots, /dlv text or 12290 logs). */
  host?: HostFacts | undefined;
  /** After the check: `--activation-request` sends its one request here (connectivity), under the run's deadline. */
  activation?: ((facts: ConnectivityFacts, deadline?: AbortSignal) => Promise<ActivationSection | null>) | undefined;
}

/**
 * Runs the engine, evaluates the rules and prints the report in the chosen format.
 * Returns the exit code; the caller sets it (output is never cut short by process.exit).
 */
export async function runCheck(args: RunCheckArgs): Promise<{ exitCode: number; report: Report }> {
  const context = outputContext({ color: args.color });
  const timer = startTimer();
  let done = 0;
  // ora (and the text-width tables it builds on load) only when a spinner is shown: human output on
  // a terminal while probing. Everywhere else a silent stand-in takes the same calls.
  const showSpinner = args.format === 'human' && context.interactive && Boolean(args.engine);
  const spinner: { text: string; start(): unknown; stop(): unknown } = showSpinner
    ? (await import('ora')).default({ text: 'Probing…', stream: process.stderr })
    : { text: '', start: () => undefined, stop: () => undefined };
  spinner.start();
  const onResult = (result: ProbeResult) => {
    done += 1;
    if (args.format === 'ndjson') process.stdout.write(ndjsonResultLine(result));
    spinner.text = visibleText(`Probing… ${done} done (last: ${result.id})`);
  };
  let facts: ConnectivityFacts;
  let activation: ActivationSection | null = null;
  // One deadline for the probes and the activation request after them.
  const deadline = args.engine ? runDeadline(args.engine.deadlineMs) : undefined;
  try {
    facts = args.engine ? await checkConnectivity({ ...args.engine, ...(deadline && { signal: deadline }), onResult }) : OFFLINE_FACTS;
    if (args.activation) {
      spinner.text = 'Sending the one activation request…';
      activation = await args.activation(facts, deadline);
    }
  } finally {
    spinner.stop();
  }
  const findings = evaluate({ connectivity: facts, ...(args.client ? { client: args.client } : {}), ...(activation ? { activation } : {}), ...(args.host ? { host: args.host } : {}) });
  const report = buildReport({ command: args.command, startedAt: timer.startedAt, durationMs: timer.elapsedMs(), input: args.input, facts, findings, failOn: args.failOn, client: args.client, activation, host: args.host });
  const text = args.format === 'json' ? renderJson(report) : args.format === 'ndjson' ? ndjsonTail(report) : renderHuman(report, context.colors);
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  const failed = findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[args.failOn]);
  return { exitCode: failed ? EXIT.FINDINGS : EXIT.OK, report };
}

export function formatOf(args: { json: boolean; ndjson: boolean }): RunCheckArgs['format'] {
  return args.json ? 'json' : args.ndjson ? 'ndjson' : 'human';
}
