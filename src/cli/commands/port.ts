import { NAME_WHAT } from '../../core/name-error.js';
import { parseHostName, parsePort } from '../../core/names.js';
import { KMS_PORT, MANAGEMENT_PORT } from '../../core/ports.js';
import { cliText } from '../cli-text.js';
import { checkNamedTargets } from '../named-targets-check.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface PortArgs extends NetworkReportArgs {
  hosts: string[];
  port: Array<string | number>;
}

export const portCommand = networkReportCommand<PortArgs>('port <hosts..>', cliText('cli.port.describe'), {
  builder: (yargs) =>
    yargs
      .positional('hosts', { type: 'string', array: true, describe: cliText('cli.port.positional.hosts') })
      .option('port', {
        type: 'string',
        array: true,
        default: [String(KMS_PORT), String(MANAGEMENT_PORT)],
        describe: cliText('cli.port.opt.port', { management: MANAGEMENT_PORT }),
      })
      .example('$0 port kms01.contoso.com', cliText('cli.port.example.both', { port: KMS_PORT, management: MANAGEMENT_PORT }))
      .example('$0 port kms01 kms02 --port 1688', cliText('cli.port.example.one')),
  run: (args, parsed) => {
    const hosts = args.hosts.map((host) => parseHostName(String(host), NAME_WHAT.host));
    const ports = [...new Set(args.port.map((port) => parsePort(port, '--port')))];
    const activationPorts = ports.filter((port) => port !== MANAGEMENT_PORT);
    const management = ports.includes(MANAGEMENT_PORT);
    // Port 135 is never treated as an activation port: it gets the management role, reported as such.
    const kmsHosts = hosts.flatMap((host) => (activationPorts.length > 0 ? activationPorts : [KMS_PORT]).map((port) => ({ host, port })));
    return checkNamedTargets(
      'port',
      parsed,
      { domains: [], kmsHosts, phases: { activationPort: activationPorts.length > 0, managementPort: management, rpc: false } },
      { hosts, ports, timeoutMs: parsed.probing.timeoutMs },
    );
  },
});
