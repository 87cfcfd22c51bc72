import { parseDomainName, parseEndpoint, parseKmsDomain } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { parseDnsServer } from '../../dns/server-address.js';
import { cliText } from '../cli-text.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface PublicationArgs extends NetworkReportArgs {
  host: string[];
  domain: string[];
  snapshot?: string | undefined;
  events: string[];
  authoritative: string[];
  'expect-host': string[];
}

export const publicationCommand = networkReportCommand<PublicationArgs>('publication', cliText('cli.publication.describe'), {
  builder: (yargs) =>
    yargs
      .option('host', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.publication.opt.host') })
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.publication.opt.domain') })
      .option('snapshot', { type: 'string', describe: cliText('cli.publication.opt.snapshot') })
      .option('events', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.publication.opt.events') })
      .option('authoritative', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.publication.opt.authoritative') })
      .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.publication.opt.expect-host') })
      .example('$0 publication --host kms01.contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', cliText('cli.publication.example.host'))
      .example('$0 publication --snapshot kms01.json --events kms01-app.xml', cliText('cli.publication.example.snapshot')),
  run: async (args, { output, probing }) => {
    const flags = parsePublicationFlags(args);
    const { runPublicationReport } = await import('../../commands/publication-report.js');
    return runPublicationReport({
      ...flags,
      output,
      probing,
      snapshot: args.snapshot,
      events: args.events.map(String),
      given: {
        hosts: args.host,
        domains: args.domain,
        ...(args.snapshot ? { snapshot: args.snapshot } : {}),
        events: args.events,
        dnsServers: args['dns-server'],
        authoritative: args.authoritative,
        expectHosts: args['expect-host'],
        timeoutMs: probing.timeoutMs,
      },
    });
  },
});

/** The validated publication flags, without I/O (snapshot and events are read by the run). */
export function parsePublicationFlags(args: Pick<PublicationArgs, 'host' | 'domain' | 'expect-host' | 'authoritative'>) {
  const hosts = args.host.map((text) => {
    const endpoint = parseEndpoint(String(text), KMS_PORT, '--host');
    if (!endpoint.host.includes('.') || /^[\d.]+$/.test(endpoint.host) || endpoint.host.includes(':'))
      throw new UsageError(cliText('cli.usage.publication.host-not-fqdn', { value: text }));
    return endpoint;
  });
  const domains = args.domain.map((text) => parseKmsDomain(String(text), '--domain'));
  const expect = args['expect-host'].map((text) => parseDomainName(String(text), '--expect-host'));
  const authoritative = args.authoritative.map(String).map((text) => {
    try {
      return parseDnsServer(text);
    } catch {
      throw new UsageError(cliText('cli.usage.publication.not-ip', { value: text }));
    }
  });
  return { hosts, domains, expect, authoritative };
}
