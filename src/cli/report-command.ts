/**
 * A report command declared from its own part alone: the shared options go under its own, they are
 * parsed before it runs (a contradiction or a bad value is a usage error before anything is read or
 * probed), and the run's exit code is set, never the process ended, so output is not cut short.
 */
import type { Argv, CommandModule } from 'yargs';
import type { ProbeSettings } from '../commands/probe-settings.js';
import type { OutputChoice } from '../commands/run-report.js';
import { type OutputArgs, parseOutputArgs, withOutputOptions } from './options/output-options.js';
import { type NetworkReportArgs, parseReportArgs, type ReportArgs, withNetworkReportOptions, withReportOptions } from './options/report-options.js';

/** What a command changes in the shared options: its default budget of one probe, formats only it has. */
export interface SharedOptionsChoice {
  timeoutMs?: number;
  extraFormats?: readonly string[];
}

export interface ReportCommandSpec<Shared, Args extends Shared, Parsed> {
  shared?: SharedOptionsChoice;
  /** The command's own positionals, options, examples and epilog, added after the shared options. */
  builder(yargs: Argv<Shared>): Argv<unknown>;
  run(args: Args, parsed: Parsed): Promise<{ exitCode: number }>;
}

function reportCommandWith<Shared, Parsed>(withShared: (yargs: Argv, choice: SharedOptionsChoice) => Argv<Shared>, parse: (args: Shared) => Parsed) {
  // The usage line and the description first, as yargs' own `command(usage, description, builder, handler)` takes them.
  return <Args extends Shared>(command: string, describe: string, spec: ReportCommandSpec<Shared, Args, Parsed>): CommandModule<object, Args> => ({
    command,
    describe,
    builder: (yargs: Argv) => spec.builder(withShared(yargs, spec.shared ?? {})) as unknown as Argv<Args>,
    handler: async (camelCased) => {
      // yargs adds camel-case twins of the dashed names, `_` and `$0`: the declared ones are all there.
      const args = camelCased as unknown as Args;
      const parsed = parse(args);
      process.exitCode = (await spec.run(args, parsed)).exitCode;
    },
  });
}

/** The shared options as settings: where and how the report goes, and how to probe. */
export type OutputAndProbing = { output: OutputChoice; probing: ProbeSettings };

/** Output and probing options, and the DNS servers to ask. */
export const networkReportCommand = reportCommandWith<NetworkReportArgs, OutputAndProbing>(withNetworkReportOptions, parseReportArgs);

/** Output and probing options, no DNS: a command that connects to the host it is given. */
export const probeReportCommand = reportCommandWith<ReportArgs, OutputAndProbing>(withReportOptions, parseReportArgs);

/** The output options alone: an offline command probes nothing. */
export const offlineReportCommand = reportCommandWith<OutputArgs, { output: OutputChoice }>(
  (yargs, choice) => withOutputOptions(yargs, choice.extraFormats),
  (args) => ({ output: parseOutputArgs(args) }),
);
