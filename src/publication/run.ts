import { UsageError } from '../core/usage-error.js';
import { jsonText } from '../report/display-text.js';
import { runDeadline } from '../core/run-deadline.js';
import { outputContext } from '../cli/output/context.js';
import { EXIT } from '../cli/exit-codes.js';
import { formatDnsServer, parseDnsServer, systemDnsServers } from '../dns/server-address.js';
import { publishingByDomain, type PublishingResult } from '../events/attempts.js';
import { parseEventFields } from '../events/fields.js';
import { readEventFile } from '../events/read-events.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { KmsEvent } from '../snapshot/model.js';
import type { Severity } from '../rules/types.js';
import { checkPublication } from './check.js';
import { parsePublicationFlags } from './command.js';
import { publicationFindings } from './evaluate.js';
import { domainOfHost, hostFromSnapshot, mergeDomains, publishingOfHosts } from './inputs.js';
import type { ExpectedHost, IntendedDomain, PublicationInput } from './model.js';
import { buildPublicationReport, renderPublicationHuman } from './report.js';

export interface RunPublicationArgs {
  host: string[];
  domain: string[];
  snapshot?: string | undefined;
  events: string[];
  'dns-server': string[];
  authoritative: string[];
  'expect-host': string[];
  timeout: number;
  deadline?: number | undefined;
  json: boolean;
  'fail-on': Severity;
  color?: boolean | undefined;
}

/** Reads the inputs, checks, prints; returns the exit code (usage errors throw UsageError). */
export async function runPublication(args: RunPublicationArgs): Promise<number> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const flags = parsePublicationFlags(args);
  const resolvers = args['dns-server'].map(String).map(parseDnsServer);
  const authoritative = args.authoritative.map(String).map((text) => {
    try {
      return parseDnsServer(text);
    } catch {
      throw new UsageError(`--authoritative "${text}" is not an IP address (optionally with :port)`);
    }
  });
  const notes: string[] = [];
  const hosts: ExpectedHost[] = flags.hosts.map((endpoint) => ({ host: endpoint.host, port: endpoint.port, source: 'given', dnsPublishing: null }));
  const domains: IntendedDomain[] = flags.domains.map((domain) => ({ domain, priority: 0, weight: 0, source: 'given' }));
  const events: KmsEvent[] = [];
  const implied: IntendedDomain[] = [];
  if (args.snapshot) {
    const snapshot = await loadSnapshot(args.snapshot);
    if (snapshot.service?.isKmsHost === false) throw new UsageError(`snapshot "${args.snapshot}" is not a KMS host's (IsKeyManagementServiceMachine is 0); publication checks a host`);
    const fromSnapshot = hostFromSnapshot(snapshot, args.snapshot);
    const known = hosts.find((host) => host.host === fromSnapshot.host.host);
    if (known) Object.assign(known, { dnsPublishing: fromSnapshot.host.dnsPublishing, source: 'snapshot' });
    else hosts.push(fromSnapshot.host);
    implied.push(...fromSnapshot.domains);
    events.push(...snapshot.events.map((event) => (event.fields ? event : { ...event, fields: parseEventFields(event.id, event.data) })));
  }
  if (hosts.length === 0) throw new UsageError('name the KMS host with --host FQDN[:port] or --snapshot host.json');
  for (const file of args.events.map(String)) {
    const read = await readEventFile(file);
    events.push(...read.events);
    notes.push(...read.warnings.map((warning) => `${file}: ${warning}`));
  }
  const results: PublishingResult[] = publishingByDomain(events).flatMap((entry) => entry.results);
  const { kept, ignored } = publishingOfHosts(results, hosts);
  if (ignored.length > 0) notes.push(`12293/12294 of other computers ignored: ${ignored.join(', ')}`);
  if (domains.length === 0) {
    for (const host of hosts) {
      const own = domainOfHost(host.host);
      if (own) implied.unshift({ domain: own, priority: 0, weight: 0, source: 'host-domain' });
    }
    for (const result of kept) if (result.domain) implied.push({ domain: result.domain.toLowerCase().replace(/\.$/, ''), priority: 0, weight: 0, source: 'events' });
  }
  const intended = mergeDomains([...domains, ...implied]);
  const allowList = [...new Set([...(flags.expect.length > 0 ? flags.expect : []), ...hosts.map((host) => host.host)])];
  let resolverSource: PublicationInput['resolverSource'] = 'given';
  let askResolvers = resolvers;
  if (askResolvers.length === 0 && authoritative.length === 0) {
    try {
      askResolvers = systemDnsServers();
    } catch {
      askResolvers = [];
    }
    resolverSource = askResolvers.length > 0 ? 'system' : 'none';
  } else if (askResolvers.length === 0) resolverSource = 'none';
  const input: PublicationInput = { hosts, domains: intended, allowList, resolvers: askResolvers, resolverSource, authoritative, publishing: kept, timeoutMs: flags.timeoutMs, deadline: runDeadline(flags.deadlineMs), notes };
  const facts = await checkPublication(input);
  const findings = publicationFindings(facts);
  const report = buildPublicationReport({
    startedAt,
    durationMs: Date.now() - started,
    input: { hosts: args.host, domains: args.domain, ...(args.snapshot ? { snapshot: args.snapshot } : {}), events: args.events, dnsServers: args['dns-server'], authoritative: args.authoritative, expectHosts: args['expect-host'], timeoutMs: flags.timeoutMs },
    facts,
    findings,
    failOn: args['fail-on'],
    resolvers: askResolvers.map(formatDnsServer),
  });
  if (args.json) process.stdout.write(`${jsonText(report, 2)}\n`);
  else process.stdout.write(renderPublicationHuman(report, outputContext({ color: args.color }).colors));
  return report.summary.verdict === 'fail' ? EXIT.FINDINGS : EXIT.OK;
}
