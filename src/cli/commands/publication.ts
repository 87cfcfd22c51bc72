import { parseDomainName, parseEndpoint, parseKmsDomain } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { parseDnsServer } from '../../dns/server-address.js';
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

export const publicationCommand = networkReportCommand<PublicationArgs>('publication', 'Did the KMS host publish its _vlmcs._tcp SRV record in every intended domain, on every authoritative server (and nobody else)?', {
  builder: (yargs) => yargs
    .option('host', { type: 'string', array: true, default: [] as string[], describe: 'KMS host that should publish, FQDN[:port] (repeatable)' })
    .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain it should publish in (repeatable); default: the host\'s own domain, its DnsDomainPublishList and the domains its events name' })
    .option('snapshot', { type: 'string', describe: 'The KMS host\'s snapshot (kmsdoctor collect): FQDN, listening port, DisableDnsPublishing, DnsDomainPublishList, events' })
    .option('events', { type: 'string', array: true, default: [] as string[], describe: 'The host\'s Application log export with 12293/12294 (repeatable)' })
    .option('authoritative', { type: 'string', array: true, default: [] as string[], describe: 'Authoritative server of the zone(s), IP[:port] (repeatable); default: found from SOA + NS. With it, --dns-server defaults to none' })
    .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: 'Host allowed to have a record (repeatable); default: the --host values' })
    .example('$0 publication --host kms01.contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', 'Is kms01 published in contoso.com on every authoritative server and both DCs?')
    .example('$0 publication --snapshot kms01.json --events kms01-app.xml', 'Check every domain of its DnsDomainPublishList, with its 12293/12294 history'),
  run: async (args, { output, probing }) => {
    const flags = parsePublicationFlags(args);
    const { runPublicationReport } = await import('../../commands/publication-report.js');
    return runPublicationReport({
      ...flags,
      output,
      probing,
      snapshot: args.snapshot,
      events: args.events.map(String),
      given: { hosts: args.host, domains: args.domain, ...(args.snapshot ? { snapshot: args.snapshot } : {}), events: args.events, dnsServers: args['dns-server'], authoritative: args.authoritative, expectHosts: args['expect-host'], timeoutMs: probing.timeoutMs },
    });
  },
});

/** The validated publication flags, without I/O (snapshot and events are read by the run). */
export function parsePublicationFlags(args: Pick<PublicationArgs, 'host' | 'domain' | 'expect-host' | 'authoritative'>) {
  const hosts = args.host.map((text) => {
    const endpoint = parseEndpoint(String(text), KMS_PORT, '--host');
    if (!endpoint.host.includes('.') || /^[\d.]+$/.test(endpoint.host) || endpoint.host.includes(':')) throw new UsageError(`--host "${text}" must be the KMS host's FQDN (the name its SRV record carries), not an IP address or a short name`);
    return endpoint;
  });
  const domains = args.domain.map((text) => parseKmsDomain(String(text), '--domain'));
  const expect = args['expect-host'].map((text) => parseDomainName(String(text), '--expect-host'));
  const authoritative = args.authoritative.map(String).map((text) => {
    try {
      return parseDnsServer(text);
    } catch {
      throw new UsageError(`--authoritative "${text}" is not an IP address (optionally with :port)`);
    }
  });
  return { hosts, domains, expect, authoritative };
}
