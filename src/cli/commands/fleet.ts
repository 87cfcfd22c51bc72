import { cliText } from '../cli-text.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface FleetArgs extends NetworkReportArgs {
  paths: string[];
  'kms-log': string[];
  probe: boolean;
}

export const fleetCommand = networkReportCommand<FleetArgs>('fleet <paths..>', cliText('cli.fleet.describe'), {
  // csv: one row per client, fleet's alone. The probing options apply with --probe.
  shared: { extraFormats: ['csv'] },
  builder: (yargs) =>
    yargs
      .positional('paths', { type: 'string', array: true, describe: cliText('cli.fleet.positional.paths') })
      .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.opt.kms-log') })
      .option('probe', { type: 'boolean', default: false, describe: cliText('cli.fleet.opt.probe') })
      .example('$0 fleet snapshots/', cliText('cli.fleet.example.together'))
      .example('$0 fleet snapshots/ --probe --format html --out fleet.html', cliText('cli.fleet.example.dashboard')),
  run: async (args, { output, probing }) => {
    const { runFleetReport } = await import('../../commands/fleet-report.js');
    return runFleetReport({ output, probing, paths: args.paths.map(String), kmsLogs: args['kms-log'].map(String), probe: args.probe });
  },
});
