import type { Argv, CommandModule } from 'yargs';
import { parseHostName, parsePort } from '../../core/names.js';
import { KMS_PORT, MANAGEMENT_PORT } from '../../core/ports.js';
import { type NetworkReportArgs, parseNetworkReportArgs, withNetworkReportOptions } from '../options/report-options.js';

interface PortArgs extends NetworkReportArgs {
  hosts: string[];
  port: Array<string | number>;
}

export const portCommand: CommandModule<object, PortArgs> = {
  command: 'port <hosts..>',
  describe: 'Test TCP ports on hosts: open, closed (RST), filtered (dropped) or unreachable',
  builder: (yargs: Argv) =>
    withNetworkReportOptions(yargs)
      .positional('hosts', { type: 'string', array: true, describe: 'Host names or IP addresses' })
      .option('port', { type: 'string', array: true, default: [String(KMS_PORT), String(MANAGEMENT_PORT)], describe: `Ports to test (repeatable); ${MANAGEMENT_PORT} is tested as the management path` })
      .example('$0 port kms01.contoso.com', `TCP ${KMS_PORT} (activation) and ${MANAGEMENT_PORT} (management)`)
      .example('$0 port kms01 kms02 --port 1688', 'Only the activation port') as unknown as Argv<PortArgs>,
  handler: async (args) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { output, probing: settings } = parseNetworkReportArgs(args);
    const hosts = args.hosts.map((host) => parseHostName(String(host), 'host'));
    const ports = [...new Set(args.port.map((port) => parsePort(port, '--port')))];
    const activationPorts = ports.filter((port) => port !== MANAGEMENT_PORT);
    const management = ports.includes(MANAGEMENT_PORT);
    // Port 135 is never treated as an activation port: it gets the management role, reported as such.
    const kmsHosts = hosts.flatMap((host) => (activationPorts.length > 0 ? activationPorts : [KMS_PORT]).map((port) => ({ host, port })));
    const { exitCode } = await runConnectivityReport({
      command: 'port',
      probing: settings,
      // Named on the command line: nothing to read.
      load: async () => ({ targets: { domains: [], kmsHosts, phases: { activationPort: activationPorts.length > 0, managementPort: management, rpc: false } }, input: { hosts, ports, timeoutMs: settings.timeoutMs } }),
      output,
    });
    process.exitCode = exitCode;
  },
};
