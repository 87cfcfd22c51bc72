import type { Argv, CommandModule } from 'yargs';
import { parseDomainName, parseEndpoint, parseKmsDomain } from '../core/names.js';
import { KMS_PORT } from '../core/ports.js';
import { UsageError } from '../core/usage-error.js';
import type { Severity } from '../rules/types.js';
import type { RunPublicationArgs } from './run.js';
import { decimalOption, optionalDecimalOption } from '../cli/decimal-option.js';

/** The command's flags are the run's arguments: one declaration, in run.ts. */
type PublicationArgs = RunPublicationArgs;

export const publicationCommand: CommandModule<object, PublicationArgs> = {
  command: 'publication',
  describe: 'Did the KMS host publish its _vlmcs._tcp SRV record in every intended domain, on every authoritative server (and nobody else)?',
  builder: (yargs: Argv) =>
    yargs
      .option('host', { type: 'string', array: true, default: [] as string[], describe: 'KMS host that should publish, FQDN[:port] (repeatable)' })
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain it should publish in (repeatable); default: the host\'s own domain, its DnsDomainPublishList and the domains its events name' })
      .option('snapshot', { type: 'string', describe: 'The KMS host\'s snapshot (kmsdoctor collect): FQDN, listening port, DisableDnsPublishing, DnsDomainPublishList, events' })
      .option('events', { type: 'string', array: true, default: [] as string[], describe: 'The host\'s Application log export with 12293/12294 (repeatable)' })
      .option('dns-server', { type: 'string', array: true, default: [] as string[], describe: 'Resolver to ask as well, IP[:port] (repeatable; e.g. every DC); default: this machine\'s, unless --authoritative is given' })
      .option('authoritative', { type: 'string', array: true, default: [] as string[], describe: 'Authoritative server of the zone(s), IP[:port] (repeatable); default: found from SOA + NS' })
      .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: 'Host allowed to have a record (repeatable); default: the --host values' })
      .option('timeout', decimalOption('timeout', 'Budget of each probe, in ms', 3000))
      .option('deadline', optionalDecimalOption('deadline', 'The whole check ends by then, in ms (default: 4 × timeout + 1000)'))
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON report (schema: src/report/publication.schema.json)' })
      .option('fail-on', { choices: ['error', 'warning', 'info'] as const, default: 'error' as Severity, describe: 'Exit 1 when a finding is at least this severe' })
      .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color)' })
      .example('$0 publication --host kms01.contoso.com --dns-server 10.0.0.10 --dns-server 10.0.0.11', 'Is kms01 published in contoso.com on every authoritative server and both DCs?')
      .example('$0 publication --snapshot kms01.json --events kms01-app.xml', 'Check every domain of its DnsDomainPublishList, with its 12293/12294 history') as unknown as Argv<PublicationArgs>,
  handler: async (args) => {
    const { runPublication } = await import('./run.js');
    process.exitCode = await runPublication(args);
  },
};

/** The validated flags, without I/O (snapshot and events are read by the runner). */
export function parsePublicationFlags(args: Pick<PublicationArgs, 'host' | 'domain' | 'expect-host' | 'timeout'> & { deadline?: number | undefined }) {
  const hosts = args.host.map((text) => {
    const endpoint = parseEndpoint(String(text), KMS_PORT, '--host');
    if (!endpoint.host.includes('.') || /^[\d.]+$/.test(endpoint.host) || endpoint.host.includes(':')) throw new UsageError(`--host "${text}" must be the KMS host's FQDN (the name its SRV record carries), not an IP address or a short name`);
    return endpoint;
  });
  const domains = args.domain.map((text) => parseKmsDomain(String(text), '--domain'));
  const expect = args['expect-host'].map((text) => parseDomainName(String(text), '--expect-host'));
  const timeout = args.timeout;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 600_000) throw new UsageError(`--timeout "${String(timeout)}" must be a whole number from 1 to 600000`);
  const deadline = args.deadline;
  if (deadline !== undefined && (typeof deadline !== 'number' || !Number.isInteger(deadline) || deadline < 1 || deadline > 3_600_000)) throw new UsageError(`--deadline "${String(deadline)}" must be a whole number from 1 to 3600000`);
  return { hosts, domains, expect, timeoutMs: timeout, deadlineMs: deadline ?? timeout * 4 + 1000 };
}
