import { nothingKnown } from '../../client/nothing-known.js';
import { UsageError } from '../../core/usage-error.js';
import { ENCODING_NAMES, parseEncodingName } from '../../inputs/encoding-names.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface AnalyzeArgs extends NetworkReportArgs {
  files: string[];
  'slmgr-ini'?: string | undefined;
  probe: boolean;
  'target-os'?: string | undefined;
  encoding?: string | undefined;
}

export const analyzeCommand = networkReportCommand<AnalyzeArgs>('analyze <files..>', 'Analyse what a customer sent — snapshots, slmgr /dlv text, event exports — offline, with the same findings', {
  builder: (yargs) => yargs
    .positional('files', { type: 'string', array: true, describe: 'Snapshot JSON, slmgr /dlv text, event exports (wevtutil XML, Get-WinEvent JSON or CSV), slmgr.ini' })
    .option('slmgr-ini', { type: 'string', describe: 'The machine\'s slmgr.ini, or a snapshot collected on it (which keeps its slmgr.ini), to read /dlv text in its language (the ini may also be given as a file)' })
    .option('encoding', { type: 'string', describe: `Code page of text files whose bytes do not tell (no byte-order mark, not UTF-8), e.g. shift_jis for cp932: ${ENCODING_NAMES}` })
    .option('target-os', { type: 'string', describe: 'With a KMS host\'s snapshot or /dlv text: the client product its key must activate, e.g. "Windows 11 Enterprise"' })
    .option('probe', { type: 'boolean', default: false, describe: 'Also test from here what the client would contact (as connectivity --snapshot does); without it the probing options (--timeout, --deadline, --concurrency, --dns-server) are ignored' })
    .example('$0 analyze pc042.json', 'What is wrong with this client, from its snapshot alone')
    .example('$0 analyze dlv.txt application.xml', 'The same from slmgr /dlv text and an event export')
    .example('$0 analyze client.json kms01.json', 'A client and its KMS host: also compares their clocks')
    .example('$0 analyze kms01.json kms01-12290.xml --target-os "Windows Server 2025 Standard"', 'A KMS host: its count, key coverage and Key Management Service log')
    .example('$0 analyze pc042.json --probe --dns-server 10.0.0.10', 'And test its discovery from this machine'),
  run: async (args, { output, probing }) => {
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { loadAnalyzeInputsWithHosts } = await import('../../client/load-analyze-inputs.js');
    const { targetsFromPlan } = await import('../../client/client-targets.js');
    const { render } = await import('../../catalog/render.js');
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const load = async () => {
      const { client, host } = await loadAnalyzeInputsWithHosts(args.files.map(String), args['slmgr-ini'], args['target-os'], { encoding });
      if (!client && !host) throw new UsageError('none of the files describes a client or a KMS host: give a snapshot, slmgr /dlv text or an event export');
      const empty = client && !host ? nothingKnown(client) : null;
      if (empty) throw new UsageError(render({ id: 'facts.client.nothing', args: { files: args.files.map(String), why: empty } }, output.locale));
      if (args.probe && !client) throw new UsageError('--probe tests what a client would contact; give a client snapshot, /dlv text or event export');
      const targets = client ? targetsFromPlan(client.plan, { domains: [], kmsHosts: [] }) : { domains: [], kmsHosts: [] };
      return { targets, input: { files: args.files, probe: args.probe }, client, host };
    };
    // Offline unless --probe: the probing options are then accepted and ignored.
    return runConnectivityReport({ command: 'analyze', probing: args.probe ? probing : null, load, output });
  },
});
