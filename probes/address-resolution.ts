import { isIP } from 'node:net';
import type { ProbeResult, ProbeStatus } from '../src/core/result.js';
import { startTimer } from '../src/core/timing.js';
import type { DnsServer } from '../src/dns/exchange.js';
import { sameName } from '../src/dns/message.js';
import { type DnsQueryResult, queryDns } from '../src/dns/query.js';
import { formatDnsServer } from '../src/dns/server-address.js';
import { addressProbeId } from './probe-id.js';
import { type AddressRecord, addressOf } from './srv-discovery.js';

export interface AddressData {
  name: string;
  addresses: Array<AddressRecord & { source: 'additional' | 'query' | 'literal' }>;
  /** Aliases met on the way (`name` → … → canonical). RFC 2782 forbids an SRV target that is an alias. */
  cnameChain: string[];
  /** Per-type outcome of the queries that were made (none when the additional section sufficed). */
  queries: Array<{ type: 'A' | 'AAAA'; status: ProbeStatus; rcode?: string; authoritative?: boolean }>;
}

export interface AddressProbeOptions {
  name: string;
  server: DnsServer;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Addresses already given in the SRV reply's additional section. */
  additional?: AddressRecord[];
}

/** The order in which failures are worth reporting when neither A nor AAAA gave an address. */
const FAILURE_RANK: ProbeStatus[] = [
  'cancelled',
  'timeout',
  'refused',
  'dns-servfail',
  'dns-refused',
  'dns-malformed',
  'dns-truncated',
  'dns-formerr',
  'dns-nxdomain',
  'dns-nodata',
];

/**
 * Resolves an SRV target to its A and AAAA addresses — from the additional section when the
 * server sent them, as the Windows client does, else by asking the same server.
 */
export async function probeAddresses(options: AddressProbeOptions): Promise<ProbeResult<AddressData>> {
  const timer = startTimer();
  const { name } = options;
  const server = formatDnsServer(options.server);
  const base = { id: addressProbeId(name, server), probe: 'dns.address' as const, target: { host: name, server }, startedAt: timer.startedAt };

  if (isIP(name)) {
    const type = isIP(name) === 6 ? 'AAAA' : 'A';
    const data: AddressData = { name, addresses: [{ name, type, address: name, ttl: 0, source: 'literal' }], cnameChain: [], queries: [] };
    return { ...base, status: 'ok', ok: true, durationMs: timer.elapsedMs(), attempts: 0, data };
  }
  const hinted = (options.additional ?? []).filter((record) => sameName(record.name, name));
  // Servers trim glue to fit a reply (BIND keeps A and drops AAAA, or drops all glue past ~13
  // targets), so only a family present in the additional section is taken from it; the other is asked.
  const hintedTypes = new Set(hinted.map((record) => record.type));
  if (hintedTypes.size === 2) {
    const data: AddressData = { name, addresses: hinted.map((record) => ({ ...record, source: 'additional' as const })), cnameChain: [], queries: [] };
    return { ...base, status: 'ok', ok: true, durationMs: timer.elapsedMs(), attempts: 0, data };
  }
  const fromHint = (type: 'A' | 'AAAA'): DnsQueryResult | undefined =>
    hintedTypes.has(type) ? { status: 'ok', transport: 'udp', attempts: 0, durationMs: 0, startedAt: timer.startedAt, discarded: [] } : undefined;
  const [a, aaaa] = await Promise.all([fromHint('A') ?? queryDns(name, 'A', options), fromHint('AAAA') ?? queryDns(name, 'AAAA', options)]);
  // Each reply's answers are already only its own type at the end of its alias chain (judge-answers.ts).
  const cnameChain = [a, aaaa].map((result) => result.reply?.cnameChain ?? []).reduce((longest, chain) => (chain.length > longest.length ? chain : longest));
  const addresses = [
    ...hinted.map((record) => ({ ...record, source: 'additional' as const })),
    ...[a, aaaa].flatMap((result) => (result.reply?.answers ?? []).flatMap(addressOf).map((record) => ({ ...record, source: 'query' as const }))),
  ];
  const queried = (
    [
      ['A', a],
      ['AAAA', aaaa],
    ] as const
  ).filter(([type]) => !hintedTypes.has(type));
  const queries = queried.map(([type, result]) => ({
    type,
    status: result.status,
    ...(result.reply ? { rcode: result.reply.rcode, authoritative: result.reply.authoritative } : {}),
  }));
  const status: ProbeStatus = addresses.length > 0 ? 'ok' : worstFailure(a, aaaa, cnameChain.length > 0);
  const error = addresses.length > 0 ? undefined : (a.error ?? aaaa.error);
  return {
    ...base,
    status,
    ok: status === 'ok',
    durationMs: timer.elapsedMs(),
    attempts: a.attempts + aaaa.attempts,
    data: { name, addresses, cnameChain, queries },
    ...(error ? { error } : {}),
  };
}

function worstFailure(a: DnsQueryResult, aaaa: DnsQueryResult, aliased: boolean): ProbeStatus {
  // An alias whose target has no address is "exists but no data", whatever the rcodes say.
  if (aliased) return 'dns-nodata';
  const statuses: ProbeStatus[] = [a.status, aaaa.status].map((status) => (status === 'ok' ? 'dns-nodata' : status));
  return FAILURE_RANK.find((status) => statuses.includes(status)) ?? statuses[0] ?? 'error';
}
