import type { Argv, CommandModule } from 'yargs';
import { parseEndpoint } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { type NetworkReportArgs, parseNetworkReportArgs, withNetworkReportOptions } from '../options/report-options.js';

interface RpcArgs extends NetworkReportArgs {
  endpoints: string[];
}

export const rpcCommand: CommandModule<object, RpcArgs> = {
  command: 'rpc <endpoints..>',
  describe: 'Bind to the KMS RPC interface (count-safe: no activation request is sent)',
  builder: (yargs: Argv) =>
    withNetworkReportOptions(yargs)
      .positional('endpoints', { type: 'string', array: true, describe: `HOST[:PORT], port ${KMS_PORT} by default` })
      .example('$0 rpc kms01.contoso.com kms02.contoso.com:1700', 'Is a KMS endpoint listening on each?') as unknown as Argv<RpcArgs>,
  handler: async (args) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { output, probing: settings } = parseNetworkReportArgs(args);
    const kmsHosts = args.endpoints.map((endpoint) => parseEndpoint(String(endpoint), KMS_PORT, 'endpoint'));
    const { exitCode } = await runConnectivityReport({
      command: 'rpc',
      probing: settings,
      // Named on the command line: nothing to read.
      load: async () => ({ targets: { domains: [], kmsHosts, phases: { activationPort: true, managementPort: false, rpc: true } }, input: { endpoints: kmsHosts, timeoutMs: settings.timeoutMs } }),
      output,
    });
    process.exitCode = exitCode;
  },
};
