import { NAME_WHAT } from '../../core/name-error.js';
import { parseEndpoint } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { cliText } from '../cli-text.js';
import { checkNamedTargets } from '../named-targets-check.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface RpcArgs extends NetworkReportArgs {
  endpoints: string[];
}

export const rpcCommand = networkReportCommand<RpcArgs>('rpc <endpoints..>', cliText('cli.rpc.describe'), {
  builder: (yargs) =>
    yargs
      .positional('endpoints', { type: 'string', array: true, describe: cliText('cli.rpc.positional.endpoints', { port: KMS_PORT }) })
      .example('$0 rpc kms01.contoso.com kms02.contoso.com:1700', cliText('cli.rpc.example')),
  run: (args, parsed) => {
    const kmsHosts = args.endpoints.map((endpoint) => parseEndpoint(String(endpoint), KMS_PORT, NAME_WHAT.endpoint));
    return checkNamedTargets(
      'rpc',
      parsed,
      { domains: [], kmsHosts, phases: { activationPort: true, managementPort: false, rpc: true } },
      { endpoints: kmsHosts, timeoutMs: parsed.probing.timeoutMs },
    );
  },
});
