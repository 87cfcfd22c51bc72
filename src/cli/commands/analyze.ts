import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../core/usage-error.js';
import { withCheckOptions, type CheckArgs } from '../check-options.js';
import { parseCheckArgs } from '../parse-check-args.js';

interface AnalyzeArgs extends CheckArgs {
  files: string[];
  'slmgr-ini'?: string | undefined;
  probe: boolean;
}

export const analyzeCommand: CommandModule<object, AnalyzeArgs> = {
  command: 'analyze <files..>',
  describe: 'Analyse what a customer sent — snapshots, slmgr /dlv text, event exports — offline, with the same findings',
  builder: (yargs: Argv) =>
    withCheckOptions(yargs)
      .positional('files', { type: 'string', array: true, describe: 'Snapshot JSON, slmgr /dlv text, event exports (wevtutil XML, Get-WinEvent JSON or CSV), slmgr.ini' })
      .option('slmgr-ini', { type: 'string', describe: 'The machine\'s slmgr.ini, or a snapshot collected on it (which keeps its slmgr.ini), to read /dlv text in its language (the ini may also be given as a file)' })
      .option('probe', { type: 'boolean', default: false, describe: 'Also test from here what the client would contact (as connectivity --snapshot does)' })
      .example('$0 analyze pc042.json', 'What is wrong with this client, from its snapshot alone')
      .example('$0 analyze dlv.txt application.xml', 'The same from slmgr /dlv text and an event export')
      .example('$0 analyze client.json kms01.json', 'A client and its KMS host: also compares their clocks')
      .example('$0 analyze pc042.json --probe --dns-server 10.0.0.10', 'And test its discovery from this machine') as unknown as Argv<AnalyzeArgs>,
  handler: async (args) => {
    const { formatOf, runCheck } = await import('../run-check.js');
    const { loadAnalyzeInputs } = await import('../../client/load-analyze-inputs.js');
    const { targetsFromPlan } = await import('../../client/client-targets.js');
    const settings = parseCheckArgs(args);
    const client = await loadAnalyzeInputs(args.files.map(String), args['slmgr-ini']);
    if (!client) throw new UsageError('none of the files describes a client: give a snapshot, slmgr /dlv text or an event export');
    const targets = targetsFromPlan(client.plan, { domains: [], kmsHosts: [] });
    const { exitCode } = await runCheck({
      command: 'analyze',
      engine: args.probe ? { ...targets, ...settings } : null,
      input: { files: args.files, probe: args.probe },
      format: formatOf(args),
      failOn: args['fail-on'],
      color: args.color,
      client,
    });
    process.exitCode = exitCode;
  },
};
