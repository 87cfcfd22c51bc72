import { reasonText } from '../src/catalog/probe-reason.js';
import { KMS_SRV_PREFIX } from '../src/core/names.js';
import type { ProbeReason, ProbeResult } from '../src/core/result.js';
import type { DnsServer } from '../src/dns/exchange.js';
import { type DnsQueryResult, queryDns } from '../src/dns/query.js';
import type { DnsRecord } from '../src/dns/records.js';
import { formatDnsServer } from '../src/dns/server-address.js';
import { srvProbeId } from './probe-id.js';

export { KMS_SRV_PREFIX } from '../src/core/names.js';

export interface SrvRecord {
  priority: number;
  weight: number;
  port: number;
  target: string;
  ttl: number;
}

export interface AddressRecord {
  name: string;
  type: 'A' | 'AAAA';
  address: string;
  ttl: number;
}

export interface SrvData {
  domain: string;
  queryName: string;
  rcode?: string;
  authoritative?: boolean;
  recursionAvailable?: boolean;
  /** The UDP answer was truncated and the records shown came over TCP. */
  truncatedOverUdp?: boolean;
  replySize?: number;
  records: SrvRecord[];
  /** A/AAAA records the server volunteered in the additional section. */
  additionalAddresses: AddressRecord[];
  /** The zone's SOA owner when the server sent one with a negative answer. */
  zone?: string;
  /** Replies that were not ours (id or question mismatch) or did not decode, and why; kept as evidence. */
  discarded: string[];
  /** `discarded` as data (catalog ids and arguments), one per entry; absent in results recorded before reasons. */
  discardedReasons?: ProbeReason[];
  /** Answer records set aside (another owner, another type, a duplicate, a failure RCODE), and why; absent when none. */
  ignored?: string[];
  /** `ignored` as data, one per entry. */
  ignoredReasons?: ProbeReason[];
  /** The SRV name is an alias: the names it leads to, in order; absent when it is not one. */
  aliases?: string[];
  /** Present (true) when the aliases loop back on themselves, so no SRV record can be reached. */
  aliasLoop?: true;
  /** Present (true) when an SRV record has target ".": the service is decidedly not offered in this domain (RFC 2782). */
  declined?: true;
}

export interface SrvProbeOptions {
  domain: string;
  server: DnsServer;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** Asks one server for `_vlmcs._tcp.<domain>` SRV. Never throws for network outcomes. */
export async function probeSrv(options: SrvProbeOptions): Promise<ProbeResult<SrvData>> {
  const queryName = `${KMS_SRV_PREFIX}.${options.domain}`;
  const server = formatDnsServer(options.server);
  const result = await queryDns(queryName, 'SRV', options);
  return {
    id: srvProbeId(queryName, server),
    probe: 'dns.srv',
    target: { host: queryName, server, transport: result.transport },
    status: result.status,
    ok: result.status === 'ok',
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    attempts: result.attempts,
    data: srvDataOf(options.domain, result),
    ...(result.error ? { error: result.error } : {}),
  };
}

/** What one SRV query tells about a domain; pure, so tests feed it every reply the wire can bring. */
export function srvDataOf(domain: string, result: DnsQueryResult): SrvData {
  const reply = result.reply;
  const zone = reply?.authorities.find((record) => record.type === 'SOA')?.name;
  const srv = (reply?.answers ?? []).flatMap(srvOf);
  return {
    domain,
    queryName: `${KMS_SRV_PREFIX}.${domain}`,
    ...(reply
      ? { rcode: reply.rcode, authoritative: reply.authoritative, recursionAvailable: reply.recursionAvailable, truncatedOverUdp: reply.truncatedOverUdp, replySize: reply.size }
      : {}),
    // The root target is a statement about the domain, not a host to resolve and probe.
    records: srv.filter((record) => record.target !== ROOT).sort(bySrvOrder),
    additionalAddresses: (reply?.additionals ?? []).flatMap(addressOf),
    ...(zone !== undefined ? { zone } : {}),
    discarded: result.discarded.map(reasonText),
    discardedReasons: result.discarded,
    ...(reply && reply.ignored.length > 0 ? { ignored: reply.ignored.map(reasonText), ignoredReasons: reply.ignored } : {}),
    ...(reply && reply.cnameChain.length > 0 ? { aliases: reply.cnameChain } : {}),
    ...(reply?.aliasLoop ? { aliasLoop: true as const } : {}),
    ...(srv.some((record) => record.target === ROOT) ? { declined: true as const } : {}),
  };
}

/** The root name, as records.ts writes it (no trailing dot): the RFC 2782 "not available here" target. */
const ROOT = '';

function srvOf(record: DnsRecord): SrvRecord[] {
  return record.type === 'SRV' ? [{ priority: record.priority, weight: record.weight, port: record.port, target: record.target, ttl: record.ttl }] : [];
}

export function addressOf(record: DnsRecord): AddressRecord[] {
  return record.type === 'A' || record.type === 'AAAA' ? [{ name: record.name, type: record.type, address: record.address, ttl: record.ttl }] : [];
}

/** Display order only (priority, then heavier weight, then name); the client's order is drawn in src/dns/srv-order.ts. */
function bySrvOrder(a: SrvRecord, b: SrvRecord): number {
  return a.priority - b.priority || b.weight - a.weight || a.target.localeCompare(b.target) || a.port - b.port;
}
