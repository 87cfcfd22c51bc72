/**
 * The network half of `kmsdoctor publication`: for each intended domain, find the zone and its
 * authoritative servers (SOA + NS via the resolvers, or the servers named with --authoritative),
 * ask `_vlmcs._tcp.<domain>` SRV on every authoritative server and every resolver, resolve every
 * target and expected host, and probe the records of hosts that are not on the allow-list
 * (TCP + RPC bind through the connectivity engine) to tell stale from rogue ones.
 * Every query and probe goes through one ProbeRunner: one deadline, one concurrency bound, each
 * asked once; the SOA and NS questions of a domain go to every server at once.
 */
import { isIP } from 'node:net';
import { probeAddresses } from '../../probes/address-resolution.js';
import { type AddressRecord, KMS_SRV_PREFIX, probeSrv } from '../../probes/srv-discovery.js';
import { type Message, msg } from '../catalog/message.js';
import type { DnsServer } from '../dns/exchange.js';
import { sameName } from '../dns/message.js';
import { queryDns } from '../dns/query.js';
import { formatDnsServer } from '../dns/server-address.js';
import { checkConnectivity } from '../engine/connectivity.js';
import type { TargetVerdict } from '../engine/model.js';
import { ProbeRunner } from '../engine/probe-runner.js';
import { allAddresses } from './addresses.js';
import type {
  AuthoritativeServer,
  DomainPublication,
  HostPresence,
  IntendedDomain,
  PublicationFacts,
  PublicationInput,
  ServerAnswer,
  TargetAddresses,
  UnexpectedRecord,
} from './model.js';

const DNS_PORT = 53;
/** Statuses that are a definite answer about the name (present or absent); the rest leave it unknown. */
const DEFINITE = new Set(['ok', 'dns-nxdomain', 'dns-nodata']);
/** Without the run's runner (a caller of its own): the bound the connectivity commands use. */
const DEFAULT_CONCURRENCY = 64;

export async function checkPublication(input: PublicationInput): Promise<PublicationFacts> {
  const runner = input.runner ?? new ProbeRunner({ concurrency: DEFAULT_CONCURRENCY, deadlineMs: input.timeoutMs * 4 + 1000, signal: input.deadline });
  const run = { ...input, runner };
  const perDomain = await Promise.all(input.domains.map((intended) => checkDomain(intended, run)));
  const domains = perDomain.map((entry) => entry.domain);
  const addresses = mergeAddresses(perDomain.flatMap((entry) => entry.addresses));
  const unexpected = (await Promise.all(perDomain.map((entry) => classifyUnexpected(entry.domain, addresses, run)))).flat();
  return { input, domains, unexpected, addresses };
}

type Run = PublicationInput & { runner: ProbeRunner };

interface DomainWork {
  domain: DomainPublication;
  addresses: TargetAddresses[];
}

async function checkDomain(intended: IntendedDomain, input: Run): Promise<DomainWork> {
  const notes: Message[] = [];
  const { timeoutMs, runner } = input;
  const zone = (await findZone(intended.domain, [...input.authoritative, ...input.resolvers], input)) ?? intended.domain;
  let authoritative: AuthoritativeServer[];
  if (input.authoritative.length > 0) {
    authoritative = input.authoritative.map((server) => ({ server: formatDnsServer(server), source: 'given' as const, nsName: null }));
  } else {
    authoritative = await findAuthoritative(zone, input, notes);
  }
  const servers: Array<{ server: DnsServer; role: ServerAnswer['role'] }> = [];
  const seen = new Set<string>();
  for (const entry of authoritative) {
    if (!seen.has(entry.server)) servers.push({ server: parseFormatted(entry.server), role: 'authoritative' });
    seen.add(entry.server);
  }
  for (const server of input.resolvers) {
    if (!seen.has(formatDnsServer(server))) servers.push({ server, role: 'resolver' });
    seen.add(formatDnsServer(server));
  }
  if (servers.length === 0)
    notes.push(msg('facts.publication.no-server', { queryName: `${KMS_SRV_PREFIX}.${intended.domain}`, authoritativeOption: '--authoritative', resolverOption: '--dns-server' }));

  const srvId = (server: DnsServer) => `srv:${KMS_SRV_PREFIX}.${intended.domain}@${formatDnsServer(server)}`;
  const probed = await Promise.all(
    servers.map(async ({ server, role }) => ({
      role,
      server,
      result: await runner.once(srvId(server), (signal) => probeSrv({ domain: intended.domain, server, timeoutMs, signal })),
    })),
  );
  const answers: ServerAnswer[] = probed.map(({ role, result }) => ({
    server: result.target.server ?? '',
    role,
    status: result.status,
    rcode: result.data?.rcode ?? null,
    aa: result.data?.authoritative ?? null,
    records: (result.data?.records ?? []).map((record) => ({ target: record.target, port: record.port, priority: record.priority, weight: record.weight, ttl: record.ttl })),
    probe: result.id,
  }));

  const hosts: HostPresence[] = input.hosts.map((host) => {
    const presence: HostPresence = { host: host.host, port: host.port, presentOn: [], missingOn: [], unknownOn: [] };
    for (const answer of answers) {
      if (!DEFINITE.has(answer.status)) presence.unknownOn.push(answer.server);
      else if (answer.records.some((record) => sameName(record.target, host.host))) presence.presentOn.push(answer.server);
      else presence.missingOn.push(answer.server);
    }
    return presence;
  });

  // Every name that matters, resolved on every server of this domain (targets may live in another zone,
  // which the domain's authoritative servers refuse; the resolvers then answer).
  const names = new Set<string>([...input.hosts.map((host) => host.host.toLowerCase()), ...answers.flatMap((answer) => answer.records.map((record) => record.target))]);
  const addresses: TargetAddresses[] = await Promise.all(
    [...names].map(async (name) => ({
      name,
      byServer: await Promise.all(
        probed.map(async ({ server, result }) => {
          const additional: AddressRecord[] = result.data?.additionalAddresses ?? [];
          const resolved = await runner.once(`addr:${name}@${formatDnsServer(server)}`, (signal) => probeAddresses({ name, server, timeoutMs, additional, signal }));
          return { server: formatDnsServer(server), status: resolved.status, addresses: [...new Set((resolved.data?.addresses ?? []).map((entry) => entry.address))].sort() };
        }),
      ),
    })),
  );
  return {
    domain: { domain: intended.domain, zone, priority: intended.priority, weight: intended.weight, source: intended.source, authoritative, answers, hosts, notes },
    addresses,
  };
}

/** The zone apex: the owner of the SOA in the answer (apex) or the authority section (below it); every server asked at once, the first in order that names it wins. */
async function findZone(domain: string, servers: DnsServer[], input: Run): Promise<string | undefined> {
  const replies = await Promise.all(
    servers.map((server) => input.runner.lookup(`soa:${domain}@${formatDnsServer(server)}`, (signal) => queryDns(domain, 'SOA', { server, timeoutMs: input.timeoutMs, signal }))),
  );
  for (const result of replies) {
    const soa = [...(result.reply?.answers ?? []), ...(result.reply?.authorities ?? [])].find((record) => record.type === 'SOA');
    if (soa) return soa.name;
  }
  return undefined;
}

/** The zone's name servers, from the first resolver (in order) that lists them; all resolvers asked at once, every NS name resolved at once. */
async function findAuthoritative(zone: string, input: Run, notes: Message[]): Promise<AuthoritativeServer[]> {
  const { runner, resolvers, timeoutMs } = input;
  const replies = await Promise.all(
    resolvers.map((resolver) => runner.lookup(`ns:${zone}@${formatDnsServer(resolver)}`, (signal) => queryDns(zone, 'NS', { server: resolver, timeoutMs, signal }))),
  );
  for (const [index, result] of replies.entries()) {
    const resolver = resolvers[index]!;
    const nsNames = (result.reply?.answers ?? []).flatMap((record) => (record.type === 'NS' ? [record.target] : []));
    if (nsNames.length === 0) {
      notes.push(msg('facts.publication.no-ns', { server: formatDnsServer(resolver), zone, status: result.status }));
      continue;
    }
    const glue = (result.reply?.additionals ?? []).flatMap((record) =>
      record.type === 'A' || record.type === 'AAAA' ? [{ name: record.name, type: record.type, address: record.address, ttl: record.ttl }] : [],
    );
    const resolved = await Promise.all(
      nsNames.sort().map(async (nsName) => ({
        nsName,
        result: await runner.once(`addr:${nsName}@${formatDnsServer(resolver)}`, (signal) =>
          probeAddresses({ name: nsName, server: resolver, timeoutMs, additional: glue, signal }),
        ),
      })),
    );
    const found: AuthoritativeServer[] = [];
    for (const { nsName, result: addresses } of resolved) {
      const list = addresses.data?.addresses ?? [];
      if (list.length === 0) notes.push(msg('facts.publication.ns-unresolved', { nsName, zone, status: addresses.status }));
      for (const entry of list) found.push({ server: formatDnsServer({ address: entry.address, port: DNS_PORT }), source: 'ns', nsName });
    }
    return found;
  }
  if (resolvers.length > 0) notes.push(msg('facts.publication.no-authoritative', { zone, option: '--authoritative' }));
  return [];
}

function parseFormatted(text: string): DnsServer {
  const bracketed = /^\[(.+)\]:(\d+)$/.exec(text);
  if (bracketed) return { address: bracketed[1]!, port: Number(bracketed[2]) };
  const colon = text.lastIndexOf(':');
  return { address: text.slice(0, colon), port: Number(text.slice(colon + 1)) };
}

function mergeAddresses(list: TargetAddresses[]): TargetAddresses[] {
  const byName = new Map<string, TargetAddresses>();
  for (const entry of list) {
    const known = byName.get(entry.name);
    if (!known) byName.set(entry.name, { name: entry.name, byServer: [...entry.byServer] });
    else for (const row of entry.byServer) if (!known.byServer.some((other) => other.server === row.server)) known.byServer.push(row);
  }
  return [...byName.values()];
}

const VERDICT_RANK: TargetVerdict[] = ['ready', 'port-open', 'not-kms', 'port-filtered', 'port-closed', 'unreachable', 'unresolved', 'not-tested'];

/** Records of hosts not on the allow-list: alias of an expected host, or probed → rogue (alive KMS) / stale. */
async function classifyUnexpected(domain: DomainPublication, addresses: TargetAddresses[], input: Run): Promise<UnexpectedRecord[]> {
  const byKey = new Map<string, { target: string; port: number; listedBy: string[] }>();
  for (const answer of domain.answers) {
    for (const record of answer.records) {
      if (input.allowList.some((allowed) => sameName(allowed, record.target))) continue;
      const key = `${record.target}:${record.port}`;
      const known = byKey.get(key) ?? { target: record.target, port: record.port, listedBy: [] };
      known.listedBy.push(answer.server);
      byKey.set(key, known);
    }
  }
  const expectedAddresses = input.hosts.map((host) => ({ host: host.host, port: host.port, addresses: allAddresses(addresses, host.host) }));
  return Promise.all(
    [...byKey.values()].map(async ({ target, port, listedBy }): Promise<UnexpectedRecord> => {
      const found = isIP(target) ? [target] : allAddresses(addresses, target);
      // Same address and same port as an expected host: that host under another name (another port is another service).
      const alias = expectedAddresses.find((expected) => expected.port === port && expected.addresses.some((address) => found.includes(address)));
      const base = { domain: domain.domain, target, port, listedBy, addresses: found };
      if (alias) return { ...base, verdict: 'not-tested', classification: 'alias', aliasOf: alias.host };
      if (found.length === 0) return { ...base, verdict: 'unresolved', classification: 'stale', aliasOf: null };
      const facts = await checkConnectivity({
        domains: [],
        kmsHosts: found.map((address) => ({ host: address, port })),
        dnsServers: input.resolvers.length > 0 ? input.resolvers : input.authoritative,
        timeoutMs: input.timeoutMs,
        deadlineMs: input.timeoutMs * 4 + 1000,
        ...(input.deadline && { signal: input.deadline }),
        concurrency: DEFAULT_CONCURRENCY,
        runner: input.runner,
        phases: { managementPort: false },
      });
      const verdicts = facts.targets.map((entry) => entry.verdict);
      const verdict = VERDICT_RANK.find((candidate) => verdicts.includes(candidate)) ?? 'not-tested';
      const alive = verdict === 'ready' || verdict === 'port-open';
      return { ...base, verdict, classification: alive ? 'rogue' : 'stale', aliasOf: null };
    }),
  );
}
