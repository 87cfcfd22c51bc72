import { parseHostName, parsePort } from '../../core/names.js';
import { KMS_PORT, MANAGEMENT_PORT } from '../../core/ports.js';
import { checkNamedTargets } from '../named-targets-check.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface PortArgs extends NetworkReportArgs {
  hosts: string[];
  port: Array<string | number>;
}

export const portCommand = networkReportCommand<PortArgs>('port <hosts..>', 'Test TCP ports on hosts: open, closed (RST), filtered (dropped) or unreachable', {
  builder: (yargs) => yargs
    .positional('hosts', { type: 'string', array: true, describe: 'Host names or IP addresses' })
    .option('port', { type: 'string', array: true, default: [String(KMS_PORT), String(MANAGEMENT_PORT)], describe: `Ports to test (repeatable); ${MANAGEMENT_PORT} is tested as the management path` })
    .example('$0 port kms01.contoso.com', `TCP ${KMS_PORT} (activation) and ${MANAGEMENT_PORT} (management)`)
    .example('$0 port kms01 kms02 --port 1688', 'Only the activation port'),
  run: (args, parsed) => {
    const hosts = args.hosts.map((host) => parseHostName(String(host), 'host'));
    const ports = [...new Set(args.port.map((port) => parsePort(port, '--port')))];
    const activationPorts = ports.filter((port) => port !== MANAGEMENT_PORT);
    const management = ports.includes(MANAGEMENT_PORT);
    // Port 135 is never treated as an activation port: it gets the management role, reported as such.
    const kmsHosts = hosts.flatMap((host) => (activationPorts.length > 0 ? activationPorts : [KMS_PORT]).map((port) => ({ host, port })));
    return checkNamedTargets('port', parsed, { domains: [], kmsHosts, phases: { activationPort: activationPorts.length > 0, managementPort: management, rpc: false } }, { hosts, ports, timeoutMs: parsed.probing.timeoutMs });
  },
});
