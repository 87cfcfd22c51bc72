/** `activate-probe` through the one pipeline: one activation probe (dry run, bind only, or the one request) under the run's deadline. */
import type { ActivationRunOptions, ActivationSection } from '../engine/activation.js';
import type { ActivationProbeReport } from '../report/activation-report.js';
import { evaluate } from '../rules/index.js';
import type { ProbeSettings } from './probe-settings.js';
import { type OutputChoice, runReport } from './run-report.js';

export async function runActivationProbeReport(args: {
  output: OutputChoice;
  probing: ProbeSettings;
  /** Everything but the deadline and budget, which the run gives. */
  activation: Omit<ActivationRunOptions, 'signal' | 'timeoutMs'>;
  input: Record<string, unknown>;
}): Promise<{ exitCode: number; report: ActivationProbeReport }> {
  return runReport({
    command: 'activate-probe',
    kind: 'activation-probe',
    output: args.output,
    probing: args.probing,
    input: () => args.input,
    // Nothing to read: the endpoint and the product are flags.
    load: async () => undefined,
    // Through the run's runner: the probe streams as an NDJSON result line and counts once in the summary.
    observe: async ({ runner, deadline }): Promise<ActivationSection> => {
      const { observeActivation } = await import('../engine/activation-result.js');
      return observeActivation({ ...args.activation, timeoutMs: args.probing.timeoutMs }, runner, deadline);
    },
    evaluate: (section, locale) => evaluate({ activation: section }, locale),
    section: (section) => ({ activation: section }),
  });
}
