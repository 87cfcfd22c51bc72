import { NAME_WHAT } from '../../core/name-error.js';
import { parseKmsDomain } from '../../core/names.js';
import { cliText } from '../cli-text.js';
import { checkNamedTargets } from '../named-targets-check.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface SrvArgs extends NetworkReportArgs {
  domains: string[];
}

export const srvCommand = networkReportCommand<SrvArgs>('srv <domains..>', cliText('cli.srv.describe'), {
  builder: (yargs) =>
    yargs
      .positional('domains', { type: 'string', array: true, describe: cliText('cli.srv.positional.domains') })
      .example('$0 srv contoso.com emea.contoso.com --dns-server 10.0.0.10', cliText('cli.srv.example')),
  run: (args, parsed) => {
    const domains = args.domains.map((domain) => parseKmsDomain(String(domain), NAME_WHAT.domain));
    return checkNamedTargets(
      'srv',
      parsed,
      { domains, kmsHosts: [], phases: { activationPort: false, managementPort: false, rpc: false } },
      { domains, dnsServers: args['dns-server'], timeoutMs: parsed.probing.timeoutMs },
    );
  },
});
