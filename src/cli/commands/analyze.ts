import { nothingKnown } from '../../client/nothing-known.js';
import { UsageError } from '../../core/usage-error.js';
import { ENCODING_NAMES, parseEncodingName } from '../../inputs/encoding-names.js';
import { cliText } from '../cli-text.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface AnalyzeArgs extends NetworkReportArgs {
  files: string[];
  'slmgr-ini'?: string | undefined;
  probe: boolean;
  'target-os'?: string | undefined;
  encoding?: string | undefined;
}

export const analyzeCommand = networkReportCommand<AnalyzeArgs>('analyze <files..>', cliText('cli.analyze.describe'), {
  builder: (yargs) =>
    yargs
      .positional('files', { type: 'string', array: true, describe: cliText('cli.analyze.positional.files') })
      .option('slmgr-ini', { type: 'string', describe: cliText('cli.analyze.opt.slmgr-ini') })
      .option('encoding', { type: 'string', describe: cliText('cli.analyze.opt.encoding', { names: ENCODING_NAMES }) })
      .option('target-os', { type: 'string', describe: cliText('cli.analyze.opt.target-os') })
      .option('probe', { type: 'boolean', default: false, describe: cliText('cli.analyze.opt.probe') })
      .example('$0 analyze pc042.json', cliText('cli.analyze.example.snapshot'))
      .example('$0 analyze dlv.txt application.xml', cliText('cli.analyze.example.dlv'))
      .example('$0 analyze client.json kms01.json', cliText('cli.analyze.example.pair'))
      .example('$0 analyze kms01.json kms01-12290.xml --target-os "Windows Server 2025 Standard"', cliText('cli.analyze.example.host'))
      .example('$0 analyze pc042.json --probe --dns-server 10.0.0.10', cliText('cli.analyze.example.probe')),
  run: async (args, { output, probing }) => {
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { loadAnalyzeInputsWithHosts } = await import('../../client/load-analyze-inputs.js');
    const { targetsFromPlan } = await import('../../client/client-targets.js');
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const load = async () => {
      const { client, host } = await loadAnalyzeInputsWithHosts(args.files.map(String), args['slmgr-ini'], args['target-os'], { encoding });
      if (!client && !host) throw new UsageError(cliText('cli.usage.analyze.nothing-described'));
      const empty = client && !host ? nothingKnown(client) : null;
      if (empty) throw new UsageError(cliText('cli.usage.analyze.nothing-to-judge', { files: args.files.map(String).join(', '), reason: empty }));
      if (args.probe && !client) throw new UsageError(cliText('cli.usage.analyze.probe-needs-client'));
      const targets = client ? targetsFromPlan(client.plan, { domains: [], kmsHosts: [] }) : { domains: [], kmsHosts: [] };
      return { targets, input: { files: args.files, probe: args.probe }, client, host };
    };
    // Offline unless --probe: the probing options are then accepted and ignored.
    return runConnectivityReport({ command: 'analyze', probing: args.probe ? probing : null, load, output });
  },
});
