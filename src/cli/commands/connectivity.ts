import type { ConnectivityInputs } from '../../commands/connectivity-report.js';
import { parseEndpoint, parseKmsDomain } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { systemDnsSuffixes } from '../../dns/system-suffixes.js';
import { ENCODING_NAMES, parseEncodingName } from '../../inputs/encoding-names.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
import { cliText } from '../cli-text.js';
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

export const connectivityCommand = networkReportCommand<ConnectivityArgs>('connectivity', cliText('cli.connectivity.describe'), {
  builder: (yargs) =>
    withActivationOptions(yargs, 'connectivity')
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.connectivity.opt.domain') })
      .option('kms-host', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.connectivity.opt.kms-host') })
      .option('snapshot', { type: 'string', describe: cliText('cli.connectivity.opt.snapshot') })
      .option('dlv', { type: 'string', describe: cliText('cli.connectivity.opt.dlv') })
      .option('slmgr-ini', { type: 'string', describe: cliText('cli.connectivity.opt.slmgr-ini') })
      .option('encoding', { type: 'string', describe: cliText('cli.connectivity.opt.encoding', { names: ENCODING_NAMES }) })
      .option('events', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.connectivity.opt.events') })
      .example('$0 connectivity --domain contoso.com', cliText('cli.connectivity.example.domain'))
      .example('$0 connectivity --domain contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', cliText('cli.connectivity.example.two-servers'))
      .example('$0 connectivity --snapshot pc042.json', cliText('cli.connectivity.example.snapshot'))
      .example('$0 connectivity --dlv dlv.txt --events app.xml', cliText('cli.connectivity.example.dlv'))
      .example('$0 connectivity --kms-host kms01.contoso.com:1688 --json', cliText('cli.connectivity.example.kms-host'))
      .example('$0 connectivity --domain contoso.com --activation-request --product "Windows 11 Enterprise"', cliText('cli.connectivity.example.activation')),
  run: async (args, { output, probing }) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { targetsFromPlan } = await import('../../client/client-targets.js');
    const { connectivityActivation } = await import('../connectivity-activation.js');
    const activation = await connectivityActivation(args, probing.timeoutMs);
    const explicit = {
      domains: args.domain.map((domain) => parseKmsDomain(domain, '--domain')),
      kmsHosts: args['kms-host'].map((host) => parseEndpoint(host, KMS_PORT, '--kms-host')),
    };
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const load = async (): Promise<ConnectivityInputs> => {
      // The client loader (snapshot schema, /dlv parser, event readers, text decoders) only for a
      // client's own inputs: a check of named hosts or domains has none to read.
      const hasClientInput = args.snapshot !== undefined || args.dlv !== undefined || args['slmgr-ini'] !== undefined || args.events.length > 0;
      const client = hasClientInput
        ? await (await import('../../client/load-client.js')).loadClientFacts({
            snapshot: args.snapshot,
            dlv: args.dlv,
            slmgrIni: args['slmgr-ini'],
            events: args.events,
            encoding,
          })
        : undefined;
      let { domains, kmsHosts } = client ? targetsFromPlan(client.plan, explicit) : explicit;
      const comparisonDomains = client ? targetsFromPlan(client.plan, explicit).comparisonDomains : [];
      if (client?.plan.mode === 'unknown' && explicit.domains.length > 0) {
        client.plan.steps = [{ id: 'facts.discovery.unknown-checking', args: { option: '--domain', domains: explicit.domains } }];
      }
      if (!client && domains.length === 0 && kmsHosts.length === 0) {
        domains = systemDnsSuffixes();
        if (domains.length === 0) throw new UsageError(cliText('cli.usage.connectivity.no-target'));
      }
      return {
        targets: { domains, comparisonDomains, kmsHosts },
        input: {
          domains,
          kmsHosts,
          dnsServers: args['dns-server'],
          timeoutMs: probing.timeoutMs,
          deadlineMs: probing.deadlineMs,
          ...(args.snapshot ? { snapshot: args.snapshot } : {}),
          ...(args.dlv ? { dlv: args.dlv } : {}),
          ...(args.events.length ? { events: args.events } : {}),
          ...(activation ? { activationRequest: activation.input } : {}),
        },
        client,
      };
    };
    return runConnectivityReport({ command: 'connectivity', probing, load, output, activation: activation?.hook });
  },
});
