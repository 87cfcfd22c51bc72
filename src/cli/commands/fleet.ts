import type { Argv, CommandModule } from 'yargs';
import type { RunFleetArgs } from '../../fleet/run.js';
import { decimalOption, optionalDecimalOption } from '../decimal-option.js';

export const fleetCommand: CommandModule<object, RunFleetArgs> = {
  command: 'fleet <paths..>',
  describe: 'Many clients compared: clone groups (duplicate CMIDs), activation state, where clients go, DNS suffix groups, threshold mix, clock spread',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { type: 'string', array: true, describe: 'Snapshots: folders (every *.json below them) or files; client and host snapshots alike' })
      .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) (repeatable)' })
      .option('probe', { type: 'boolean', default: false, describe: 'Ask DNS about each suffix group\'s domain and test each host clients go to — each once' })
      .option('dns-server', { type: 'string', array: true, default: [] as string[], describe: 'DNS server to ask with --probe, IP[:port] (repeatable); default: this machine\'s resolvers' })
      .option('timeout', decimalOption('timeout', 'Budget of each probe, in ms', 3000))
      .option('deadline', optionalDecimalOption('deadline', 'The probes end by then, in ms (default: 4 × timeout + 1000)'))
      .option('format', { choices: ['human', 'json', 'markdown', 'html', 'csv', 'junit'] as const, default: 'human' as const, describe: 'Report format (json schema: src/report/fleet.schema.json; csv: one row per client)' })
      .option('out', { type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' })
      .option('fail-on', { choices: ['error', 'warning', 'info'] as const, default: 'error' as const, describe: 'Exit 1 when a finding is at least this severe' })
      .example('$0 fleet snapshots/', 'What the fleet says together')
      .example('$0 fleet snapshots/ --probe --format html --out fleet.html', 'A dashboard, with every host and domain probed once') as unknown as Argv<RunFleetArgs>,
  handler: async (args) => {
    const { runFleet } = await import('../../fleet/run.js');
    process.exitCode = await runFleet(args);
  },
};
