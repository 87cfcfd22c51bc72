import type { ConnectivityInputs } from '../../commands/connectivity-report.js';
import { parseEndpoint, parseKmsDomain } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { systemDnsSuffixes } from '../../dns/system-suffixes.js';
import { ENCODING_NAMES, parseEncodingName } from '../../inputs/encoding-names.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface ConnectivityArgs extends NetworkReportArgs, ActivationArgs {
  domain: string[];
  'kms-host': string[];
  snapshot?: string | undefined;
  dlv?: string | undefined;
  'slmgr-ini'?: string | undefined;
  events: string[];
  encoding?: string | undefined;
}

export const connectivityCommand = networkReportCommand<ConnectivityArgs>('connectivity', 'Check every way a client can reach KMS: its own settings, SRV discovery, every host, every port, the RPC endpoint', {
  builder: (yargs) => withActivationOptions(yargs, 'connectivity')
    .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain whose _vlmcs._tcp SRV records to check (repeatable); default: the client\'s own suffixes' })
    .option('kms-host', { type: 'string', array: true, default: [] as string[], describe: 'KMS host to check directly, HOST[:PORT] (repeatable), as pinned with slmgr /skms' })
    .option('snapshot', { type: 'string', describe: 'The client\'s snapshot (from kmsdoctor collect): predict its discovery and test exactly that' })
    .option('dlv', { type: 'string', describe: 'The client\'s `slmgr /dlv` output, in place of a snapshot' })
    .option('slmgr-ini', { type: 'string', describe: 'The client\'s slmgr.ini (slmgr\\<LANGID>\\slmgr.ini), or a snapshot collected on it (which keeps its slmgr.ini), to read /dlv text in its language' })
    .option('encoding', { type: 'string', describe: `Code page of --dlv/--events files whose bytes do not tell (no byte-order mark, not UTF-8): ${ENCODING_NAMES}` })
    .option('events', { type: 'string', array: true, default: [] as string[], describe: 'The client\'s SPP events (wevtutil /f:xml, Get-WinEvent JSON or CSV) (repeatable)' })
    .example('$0 connectivity --domain contoso.com', 'Discover and test every KMS host of contoso.com')
    .example('$0 connectivity --domain contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', 'Ask two domain controllers and compare their answers')
    .example('$0 connectivity --snapshot pc042.json', 'What will this client do, and will it work from here?')
    .example('$0 connectivity --dlv dlv.txt --events app.xml', 'The same from the slmgr /dlv text and event export a user sent')
    .example('$0 connectivity --kms-host kms01.contoso.com:1688 --json', 'Test a pinned host, JSON report')
    .example('$0 connectivity --domain contoso.com --activation-request --product "Windows 11 Enterprise"', 'Then send ONE activation request to the first ready host'),
  run: async (args, { output, probing }) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { targetsFromPlan } = await import('../../client/client-targets.js');
    const { connectivityActivation } = await import('../connectivity-activation.js');
    const activation = connectivityActivation(args, probing.timeoutMs);
    const explicit = {
      domains: args.domain.map((domain) => parseKmsDomain(domain, '--domain')),
      kmsHosts: args['kms-host'].map((host) => parseEndpoint(host, KMS_PORT, '--kms-host')),
    };
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const load = async (): Promise<ConnectivityInputs> => {
      // The client loader (snapshot schema, /dlv parser, event readers, text decoders) only for a
      // client's own inputs: a check of named hosts or domains has none to read.
      const hasClientInput = args.snapshot !== undefined || args.dlv !== undefined || args['slmgr-ini'] !== undefined || args.events.length > 0;
      const client = hasClientInput ? await (await import('../../client/load-client.js')).loadClientFacts({ snapshot: args.snapshot, dlv: args.dlv, slmgrIni: args['slmgr-ini'], events: args.events, encoding }) : undefined;
      let { domains, kmsHosts } = client ? targetsFromPlan(client.plan, explicit) : explicit;
      const comparisonDomains = client ? targetsFromPlan(client.plan, explicit).comparisonDomains : [];
      if (client?.plan.mode === 'unknown' && explicit.domains.length > 0) {
        client.plan.steps = [{ id: 'facts.discovery.unknown-checking', args: { option: '--domain', domains: explicit.domains } }];
      }
      if (!client && domains.length === 0 && kmsHosts.length === 0) {
        domains = systemDnsSuffixes();
        if (domains.length === 0) throw new UsageError('no --domain, --kms-host or --snapshot given, and this machine has no DNS suffix to search; name the domain with --domain');
      }
      return {
        targets: { domains, comparisonDomains, kmsHosts },
        input: { domains, kmsHosts, dnsServers: args['dns-server'], timeoutMs: probing.timeoutMs, deadlineMs: probing.deadlineMs, ...(args.snapshot ? { snapshot: args.snapshot } : {}), ...(args.dlv ? { dlv: args.dlv } : {}), ...(args.events.length ? { events: args.events } : {}), ...(activation ? { activationRequest: activation.input } : {}) },
        client,
      };
    };
    return runConnectivityReport({ command: 'connectivity', probing, load, output, activation: activation?.hook });
  },
});
