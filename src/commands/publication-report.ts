/**
 * `publication` through the one pipeline: read the host's snapshot and events, then ask every
 * server of every intended domain (SOA, NS, SRV, addresses) and probe unexpected records, all under
 * the run's one ProbeRunner, then judge with the publication rules.
 */
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { Endpoint } from '../core/names.js';
import { UsageError } from '../core/usage-error.js';
import type { DnsServer } from '../dns/exchange.js';
import { formatDnsServer, systemDnsServers } from '../dns/server-address.js';
import { type PublishingResult, publishingByDomain } from '../events/attempts.js';
import { parseEventFields } from '../events/fields.js';
import { readEventFile } from '../events/read-events.js';
import { checkPublication } from '../publication/check.js';
import { domainOfHost, hostFromSnapshot, mergeDomains, publishingOfHosts } from '../publication/inputs.js';
import type { ExpectedHost, IntendedDomain, PublicationInput } from '../publication/model.js';
import { type PublicationReport, publicationSection } from '../report/publication-report.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { KmsEvent } from '../snapshot/model.js';
import type { ProbeSettings } from './probe-settings.js';
import { publicationFindings } from './publication-findings.js';
import { type OutputChoice, runReport } from './run-report.js';

export interface PublicationRun {
  output: OutputChoice;
  probing: ProbeSettings;
  hosts: Endpoint[];
  domains: string[];
  /** --expect-host: hosts allowed to have a record besides the expected ones. */
  expect: string[];
  authoritative: DnsServer[];
  snapshot: string | undefined;
  events: string[];
  /** The flags as given, for the report's input. */
  given: Record<string, unknown>;
}

/** The check's input: the hosts, the intended domains, who may publish, and the 12293/12294 history. */
async function loadPublicationInput(args: PublicationRun): Promise<Omit<PublicationInput, 'timeoutMs' | 'deadline' | 'runner'>> {
  const notes: string[] = [];
  const hosts: ExpectedHost[] = args.hosts.map((endpoint) => ({ host: endpoint.host, port: endpoint.port, source: 'given', dnsPublishing: null }));
  const domains: IntendedDomain[] = args.domains.map((domain) => ({ domain, priority: 0, weight: 0, source: 'given' }));
  const events: KmsEvent[] = [];
  const implied: IntendedDomain[] = [];
  if (args.snapshot) {
    const snapshot = await loadSnapshot(args.snapshot);
    if (snapshot.service?.isKmsHost === false) throw new UsageError(render(msg('run.usage.publication.not-host', { path: args.snapshot }), args.output.locale));
    const fromSnapshot = hostFromSnapshot(snapshot, args.snapshot);
    const known = hosts.find((host) => host.host === fromSnapshot.host.host);
    if (known) Object.assign(known, { dnsPublishing: fromSnapshot.host.dnsPublishing, source: 'snapshot' });
    else hosts.push(fromSnapshot.host);
    implied.push(...fromSnapshot.domains);
    events.push(...snapshot.events.map((event) => (event.fields ? event : { ...event, fields: parseEventFields(event.id, event.data) })));
  }
  if (hosts.length === 0) throw new UsageError(render(msg('run.usage.publication.no-host', { host: '--host FQDN[:port]', snapshot: '--snapshot host.json' }), args.output.locale));
  for (const file of args.events) {
    const read = await readEventFile(file);
    events.push(...read.events);
    notes.push(...read.warnings.map((warning) => `${file}: ${warning}`));
  }
  const results: PublishingResult[] = publishingByDomain(events).flatMap((entry) => entry.results);
  const { kept, ignored } = publishingOfHosts(results, hosts);
  if (ignored.length > 0) notes.push(render(msg('usage-error.note.other-computers', { events: '12293/12294', hosts: ignored }), args.output.locale));
  if (domains.length === 0) {
    for (const host of hosts) {
      const own = domainOfHost(host.host);
      if (own) implied.unshift({ domain: own, priority: 0, weight: 0, source: 'host-domain' });
    }
    for (const result of kept) if (result.domain) implied.push({ domain: result.domain.toLowerCase().replace(/\.$/, ''), priority: 0, weight: 0, source: 'events' });
  }
  const allowList = [...new Set([...args.expect, ...hosts.map((host) => host.host)])];
  // Without servers named, this machine's resolvers are asked; with --authoritative only, no resolver.
  let resolverSource: PublicationInput['resolverSource'] = 'given';
  let resolvers = args.probing.dnsServers;
  if (resolvers.length === 0 && args.authoritative.length === 0) {
    try {
      resolvers = systemDnsServers();
    } catch {
      resolvers = [];
    }
    resolverSource = resolvers.length > 0 ? 'system' : 'none';
  } else if (resolvers.length === 0) resolverSource = 'none';
  return { hosts, domains: mergeDomains([...domains, ...implied]), allowList, resolvers, resolverSource, authoritative: args.authoritative, publishing: kept, notes };
}

export async function runPublicationReport(args: PublicationRun): Promise<{ exitCode: number; report: PublicationReport }> {
  let resolvers: string[] = [];
  return runReport({
    command: 'publication',
    kind: 'publication',
    output: args.output,
    probing: args.probing,
    input: () => args.given,
    load: () => loadPublicationInput(args),
    observe: (run, input) => {
      resolvers = input.resolvers.map(formatDnsServer);
      return checkPublication({ ...input, timeoutMs: args.probing.timeoutMs, deadline: run.deadline, runner: run.runner });
    },
    evaluate: (facts, locale) => publicationFindings(facts, locale),
    section: (facts, locale) => publicationSection(facts, resolvers, locale),
  });
}
