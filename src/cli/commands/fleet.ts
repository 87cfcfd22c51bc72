import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface FleetArgs extends NetworkReportArgs {
  paths: string[];
  'kms-log': string[];
  probe: boolean;
}

export const fleetCommand = networkReportCommand<FleetArgs>('fleet <paths..>', 'Many clients compared: clone groups (duplicate CMIDs), activation state, where clients go, DNS suffix groups, threshold mix, clock spread', {
  // csv: one row per client, fleet's alone. The probing options apply with --probe.
  shared: { extraFormats: ['csv'] },
  builder: (yargs) => yargs
    .positional('paths', { type: 'string', array: true, describe: 'Snapshots: folders (every *.json below them) or files; client and host snapshots alike' })
    .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) (repeatable)' })
    .option('probe', { type: 'boolean', default: false, describe: 'Ask DNS about each suffix group\'s domain and test each host clients go to — each once; without it the probing options are ignored' })
    .example('$0 fleet snapshots/', 'What the fleet says together')
    .example('$0 fleet snapshots/ --probe --format html --out fleet.html', 'A dashboard, with every host and domain probed once'),
  run: async (args, { output, probing }) => {
    const { runFleetReport } = await import('../../commands/fleet-report.js');
    return runFleetReport({ output, probing, paths: args.paths.map(String), kmsLogs: args['kms-log'].map(String), probe: args.probe });
  },
});
