import type { Argv, CommandModule } from 'yargs';
import { parseKmsDomain } from '../../core/names.js';
import { type NetworkReportArgs, parseNetworkReportArgs, withNetworkReportOptions } from '../options/report-options.js';

interface SrvArgs extends NetworkReportArgs {
  domains: string[];
}

export const srvCommand: CommandModule<object, SrvArgs> = {
  command: 'srv <domains..>',
  describe: 'Query _vlmcs._tcp SRV records on every DNS server and resolve every target',
  builder: (yargs: Argv) =>
    withNetworkReportOptions(yargs)
      .positional('domains', { type: 'string', array: true, describe: 'Domains to query' })
      .example('$0 srv contoso.com emea.contoso.com --dns-server 10.0.0.10', 'Both domains, asked of one server') as unknown as Argv<SrvArgs>,
  handler: async (args) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { output, probing: settings } = parseNetworkReportArgs(args);
    const domains = args.domains.map((domain) => parseKmsDomain(String(domain), 'domain'));
    const { exitCode } = await runConnectivityReport({
      command: 'srv',
      probing: settings,
      // Named on the command line: nothing to read.
      load: async () => ({ targets: { domains, kmsHosts: [], phases: { activationPort: false, managementPort: false, rpc: false } }, input: { domains, dnsServers: args['dns-server'], timeoutMs: settings.timeoutMs } }),
      output,
    });
    process.exitCode = exitCode;
  },
};
