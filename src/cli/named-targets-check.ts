import type { ConnectivityInputs } from '../commands/connectivity-report.js';
import type { CommandName } from '../report/envelope.js';
import type { OutputAndProbing } from './report-command.js';

/**
 * A check of what the command line names (srv, port, rpc): there is nothing to read first, so the
 * targets are what is loaded. The engine is loaded on use, so `--help` and `--version` do not pay for it.
 */
export async function checkNamedTargets(command: CommandName, { output, probing }: OutputAndProbing, targets: ConnectivityInputs['targets'], input: Record<string, unknown>) {
  const { runConnectivityReport } = await import('../commands/connectivity-report.js');
  return runConnectivityReport({ command, output, probing, load: async () => ({ targets, input }) });
}
