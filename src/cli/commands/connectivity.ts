import type { Argv, CommandModule } from 'yargs';
import { parseDomainName, parseEndpoint } from '../../core/names.js';
import { UsageError } from '../../core/usage-error.js';
import { KMS_PORT } from '../../core/ports.js';
import { systemDnsSuffixes } from '../../dns/system-suffixes.js';
import { withCheckOptions, type CheckArgs } from '../check-options.js';
import { parseCheckArgs } from '../parse-check-args.js';

interface ConnectivityArgs extends CheckArgs {
  domain: string[];
  'kms-host': string[];
}

export const connectivityCommand: CommandModule<object, ConnectivityArgs> = {
  command: 'connectivity',
  describe: 'Check every way a client can reach KMS: SRV discovery, every host, every port, the RPC endpoint',
  builder: (yargs: Argv) =>
    withCheckOptions(yargs)
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain whose _vlmcs._tcp SRV records to check (repeatable); default: this machine\'s DNS suffixes' })
      .option('kms-host', { type: 'string', array: true, default: [] as string[], describe: 'KMS host to check directly, HOST[:PORT] (repeatable), as pinned with slmgr /skms' })
      .example('$0 connectivity --domain contoso.com', 'Discover and test every KMS host of contoso.com')
      .example('$0 connectivity --domain contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', 'Ask two domain controllers and compare their answers')
      .example('$0 connectivity --kms-host kms01.contoso.com:1688 --json', 'Test a pinned host, JSON report') as unknown as Argv<ConnectivityArgs>,
  handler: async (args) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { formatOf, runCheck } = await import('../run-check.js');
    const settings = parseCheckArgs(args);
    const kmsHosts = args['kms-host'].map((host) => parseEndpoint(host, KMS_PORT, '--kms-host'));
    let domains = args.domain.map((domain) => parseDomainName(domain, '--domain'));
    if (domains.length === 0 && kmsHosts.length === 0) {
      domains = systemDnsSuffixes();
      if (domains.length === 0) throw new UsageError('no --domain or --kms-host given, and this machine has no DNS suffix to search; name the domain with --domain');
    }
    const { exitCode } = await runCheck({
      command: 'connectivity',
      engine: { domains, kmsHosts, ...settings },
      input: { domains, kmsHosts, dnsServers: args['dns-server'], timeoutMs: settings.timeoutMs, deadlineMs: settings.deadlineMs },
      format: formatOf(args),
      failOn: args['fail-on'],
      color: args.color,
    });
    process.exitCode = exitCode;
  },
};
