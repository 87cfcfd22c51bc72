/**
 * The activation probe as one probe of the run: a `ProbeResult` of kind `kms.activation` that the
 * run's ProbeRunner runs (its deadline, its concurrency bound, once per id) and announces, so
 * `--ndjson` streams it the moment the exchange ends, like every other probe. The report keeps its
 * `activation` section (the human report and the PowerShell module read it); the result carries the
 * same facts as its data, and findings' evidence points at its id.
 */
import type { ActivationStatus } from '../../probes/kms-activation.js';
import { activationProbeId } from '../../probes/probe-id.js';
import type { ProbeResult, ProbeStatus } from '../core/result.js';
import { type ActivationRunOptions, type ActivationSection, type ProbeSummary, runActivation } from './activation.js';
import type { ConnectivityFacts } from './model.js';
import type { ProbeRunner } from './probe-runner.js';

/** `--activation-request`: the one request after the check, through the run's runner (streamed like every probe) under its deadline. */
export type ActivationHook = (facts: ConnectivityFacts, deadline?: AbortSignal, runner?: ProbeRunner | null) => Promise<ActivationSection | null>;

/** The section's facts as the result's data; the target, timing and error are the result's own fields. */
export type ActivationResultData = Omit<ActivationSection, 'probe' | 'target'> &
  Pick<ProbeSummary, 'phase' | 'latencyMs' | 'anyInterface'> & {
    /** The activation probe's own word (answered, kms-error, not-sent…); `status` is the shared vocabulary. */
    activationStatus: ActivationStatus;
  };

export type ActivationResult = ProbeResult<ActivationResultData>;

/**
 * The shared status vocabulary says how the exchange went on the wire: `ok` when the host did
 * what was asked (bound for bind-only, answered validly for the request). A KMS refusal, an
 * answer that fails validation and an RPC fault are `error` with the HRESULT, INVALID_RESPONSE or
 * RPC_FAULT as the code (the rules judge them from the data); network words pass through.
 */
export function sharedStatus(status: ActivationStatus): ProbeStatus {
  if (status === 'answered' || status === 'not-sent') return 'ok';
  if (status === 'kms-error' || status === 'invalid-response' || status === 'rpc-fault') return 'error';
  return status;
}

/** The result of a section whose probe ran (bind only or the request). */
export function activationResult(section: ActivationSection & { probe: ProbeSummary }): ActivationResult {
  const { probe, target, ...facts } = section;
  const status = sharedStatus(probe.status);
  return {
    id: probe.id,
    probe: 'kms.activation',
    target: { host: target.host, port: target.port, transport: 'tcp', ...(target.address !== null && target.address !== target.host && { address: target.address }) },
    status,
    ok: status === 'ok',
    startedAt: probe.startedAt,
    durationMs: probe.durationMs,
    attempts: probe.attempts,
    data: { ...facts, activationStatus: probe.status, phase: probe.phase, latencyMs: probe.latencyMs, anyInterface: probe.anyInterface },
    ...(probe.error !== null && { error: probe.error }),
  };
}

/**
 * Runs the activation probe under the run's runner and returns the section. A dry run contacts
 * nothing: it is no probe, streams no result line and counts as no probe in the summary; the
 * request it would send is in the report's section (the NDJSON summary line). Bind only connects
 * and binds, a probe like an RPC bind: it streams its result (status `ok` when the host bound,
 * `activationStatus` `not-sent`). Without a runner (tests calling in directly) it runs as before.
 * The request itself is still guarded by the run's RequestGuard: the runner's once-per-id and the
 * guard together keep it to one per run.
 */
export async function observeActivation(options: Omit<ActivationRunOptions, 'signal'>, runner: ProbeRunner | null, signal?: AbortSignal): Promise<ActivationSection> {
  if (options.mode === 'dry-run' || runner === null) return (await runActivation({ ...options, ...(signal && { signal }) })).section;
  let section: ActivationSection | undefined;
  await runner.once(activationProbeId(options.host, options.address, options.port), async (runnerSignal) => {
    const run = await runActivation({ ...options, signal: runnerSignal });
    section = run.section;
    if (run.section.probe === null) throw new Error('an activation probe that connected has a probe summary');
    return activationResult({ ...run.section, probe: run.section.probe });
  });
  if (section === undefined) throw new Error(`the activation probe ${activationProbeId(options.host, options.address, options.port)} ran twice in one run`);
  return section;
}
