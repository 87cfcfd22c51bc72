import type { Argv, CommandModule } from 'yargs';
import { parseKmsDomain } from '../../core/names.js';
import { withCheckOptions, type CheckArgs } from '../check-options.js';
import { parseCheckArgs } from '../parse-check-args.js';

interface SrvArgs extends CheckArgs {
  domains: string[];
}

export const srvCommand: CommandModule<object, SrvArgs> = {
  command: 'srv <domains..>',
  describe: 'Query _vlmcs._tcp SRV records on every DNS server and resolve every target',
  builder: (yargs: Argv) =>
    withCheckOptions(yargs)
      .positional('domains', { type: 'string', array: true, describe: 'Domains to query' })
      .example('$0 srv contoso.com emea.contoso.com --dns-server 10.0.0.10', 'Both domains, asked of one server') as unknown as Argv<SrvArgs>,
  handler: async (args) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { formatOf, runCheck } = await import('../run-check.js');
    const settings = parseCheckArgs(args);
    const domains = args.domains.map((domain) => parseKmsDomain(String(domain), 'domain'));
    const { exitCode } = await runCheck({
      command: 'srv',
      engine: { domains, kmsHosts: [], ...settings, phases: { activationPort: false, managementPort: false, rpc: false } },
      input: { domains, dnsServers: args['dns-server'], timeoutMs: settings.timeoutMs },
      format: formatOf(args),
      failOn: args['fail-on'],
      color: args.color,
    });
    process.exitCode = exitCode;
  },
};
