import type { RecordType } from 'dns-packet';
import type { ProbeError, ProbeStatus } from '../core/result.js';
import { startTimer } from '../core/timing.js';
import type { DnsServer, ExchangeOutcome } from './exchange.js';
import { toDnsRecord, type DnsRecord } from './records.js';
import { tcpExchange } from './tcp-exchange.js';
import { udpExchange } from './udp-exchange.js';
import { sameName } from './message.js';

/** The parts of a DNS reply that tell an administrator who said what. */
export interface DnsReply {
  rcode: string;
  /** AA flag: the answer comes from a server authoritative for the zone, not from a cache. */
  authoritative: boolean;
  recursionAvailable: boolean;
  /** The UDP reply had TC set, so the answer shown came over TCP. */
  truncatedOverUdp: boolean;
  size: number;
  answers: DnsRecord[];
  authorities: DnsRecord[];
  additionals: DnsRecord[];
}

export interface DnsQueryResult {
  status: ProbeStatus;
  transport: 'udp' | 'tcp';
  attempts: number;
  durationMs: number;
  startedAt: string;
  reply?: DnsReply;
  error?: ProbeError;
  /** Replies that arrived but were not ours (wrong id or question) or did not decode. */
  discarded: string[];
}

export interface QueryOptions {
  server: DnsServer;
  /** One deadline for the whole query, UDP retries and TCP fallback included, in ms. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

const RCODE_STATUS: Readonly<Record<string, ProbeStatus>> = {
  NXDOMAIN: 'dns-nxdomain',
  SERVFAIL: 'dns-servfail',
  REFUSED: 'dns-refused',
};

/** Smallest slice of the deadline still worth a TCP attempt after a slow truncated UDP reply. */
const MIN_TCP_BUDGET_MS = 100;

/**
 * Asks one server one question: UDP first, TCP when the reply is truncated (TC bit).
 * Never throws for network outcomes; every end is a status from the fixed vocabulary.
 */
export async function queryDns(name: string, type: RecordType, options: QueryOptions): Promise<DnsQueryResult> {
  const timer = startTimer();
  const question = { name, type };
  const udp = await udpExchange(question, options);
  let outcome: ExchangeOutcome = udp;
  let transport: 'udp' | 'tcp' = 'udp';
  if (udp.kind === 'truncated') {
    transport = 'tcp';
    const remaining = Math.max(MIN_TCP_BUDGET_MS, options.timeoutMs - timer.elapsedMs());
    const tcp = await tcpExchange(question, { ...options, timeoutMs: remaining });
    // A TCP reply that came but was broken is dns-malformed (the server, not TCP reachability, is at fault).
    outcome = tcp.kind === 'failed' ? { ...tcp, status: tcp.status === 'cancelled' || tcp.status === 'dns-malformed' ? tcp.status : 'dns-truncated', error: { code: tcp.error.code, message: `UDP reply was truncated and the TCP retry failed: ${tcp.error.message} (${tcp.status})` } } : tcp;
    outcome.attempts += udp.attempts;
    outcome.discarded.unshift(...udp.discarded);
  }
  const base = { transport, attempts: outcome.attempts, durationMs: timer.elapsedMs(), startedAt: timer.startedAt, discarded: outcome.discarded };
  if (outcome.kind === 'failed') return { ...base, status: outcome.status, error: outcome.error };
  if (outcome.kind === 'truncated') {
    return { ...base, status: 'dns-truncated', error: { code: 'TRUNCATED', message: 'the TCP reply was truncated too' } };
  }
  const packet = outcome.packet;
  const reply: DnsReply = {
    // dns-packet decodes the RCODE but its type definitions omit the field.
    rcode: (packet as { rcode?: string }).rcode ?? 'NOERROR',
    authoritative: packet.flag_aa,
    recursionAvailable: packet.flag_ra,
    truncatedOverUdp: transport === 'tcp',
    size: outcome.size,
    answers: (packet.answers ?? []).map(toDnsRecord),
    authorities: (packet.authorities ?? []).map(toDnsRecord),
    additionals: (packet.additionals ?? []).map(toDnsRecord).filter((record) => record.type !== 'OTHER'),
  };
  return { ...base, status: statusOf(reply, name, type), reply };
}

/** NXDOMAIN (the name does not exist) and NODATA (it exists, without this type) are different failures. */
function statusOf(reply: DnsReply, name: string, type: RecordType): ProbeStatus {
  const fromRcode = RCODE_STATUS[reply.rcode];
  if (fromRcode) return fromRcode;
  if (reply.rcode !== 'NOERROR') return 'dns-formerr';
  const hasType = reply.answers.some((record) => record.type === type);
  // A CNAME for the name counts as an answer here; callers decide whether CNAME is acceptable.
  const hasAlias = reply.answers.some((record) => record.type === 'CNAME' && sameName(record.name, name));
  return hasType || hasAlias ? 'ok' : 'dns-nodata';
}
