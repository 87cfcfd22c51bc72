import type { DecodedPacket, RecordType } from 'dns-packet';
import { type Message, msg } from '../catalog/message.js';
import { errorCause, probeError } from '../catalog/probe-reason.js';
import type { ProbeError, ProbeStatus } from '../core/result.js';
import { startTimer } from '../core/timing.js';
import type { DnsServer, ExchangeOutcome } from './exchange.js';
import { judgeAnswers } from './judge-answers.js';
import { type DnsRecord, toDnsRecord } from './records.js';
import { tcpExchange } from './tcp-exchange.js';
import { udpExchange } from './udp-exchange.js';

/** The parts of a DNS reply that tell an administrator who said what. */
export interface DnsReply {
  rcode: string;
  /** AA flag: the answer comes from a server authoritative for the zone, not from a cache. */
  authoritative: boolean;
  recursionAvailable: boolean;
  /** The UDP reply had TC set, so the answer shown came over TCP. */
  truncatedOverUdp: boolean;
  size: number;
  /** Only what answers the question (see judge-answers.ts): empty unless the RCODE is NOERROR. */
  answers: DnsRecord[];
  /** Aliases followed from the question name to the canonical name. */
  cnameChain: string[];
  aliasLoop: boolean;
  /** Answer records that were set aside, and why. */
  ignored: Message[];
  authorities: DnsRecord[];
  /** A/AAAA/… the server volunteered, once each; empty unless the RCODE is NOERROR. */
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
  discarded: Message[];
}

export interface QueryOptions {
  server: DnsServer;
  /** One deadline for the whole query, UDP retries and TCP fallback included, in ms. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

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
    // Whole milliseconds: the budget is shown in messages, and a timer has no finer grain anyway.
    const remaining = Math.max(MIN_TCP_BUDGET_MS, Math.round(options.timeoutMs - timer.elapsedMs()));
    const tcp = await tcpExchange(question, { ...options, timeoutMs: remaining });
    // A TCP reply that came but was broken is dns-malformed (the server, not TCP reachability, is at fault).
    outcome =
      tcp.kind === 'failed'
        ? {
            ...tcp,
            status: tcp.status === 'cancelled' || tcp.status === 'dns-malformed' ? tcp.status : 'dns-truncated',
            error: probeError(tcp.error.code, msg('probe-error.tcp-retry-failed', { cause: errorCause(tcp.error) ?? tcp.error.message, status: tcp.status })),
          }
        : tcp;
    outcome.attempts += udp.attempts;
    outcome.discarded.unshift(...udp.discarded);
  }
  const base = { transport, attempts: outcome.attempts, durationMs: timer.elapsedMs(), startedAt: timer.startedAt, discarded: outcome.discarded };
  if (outcome.kind === 'failed') return { ...base, status: outcome.status, error: outcome.error };
  if (outcome.kind === 'truncated') {
    return { ...base, status: 'dns-truncated', error: probeError('TRUNCATED', msg('dns-reply.tcp-truncated-too')) };
  }
  const { status, reply } = judgeReply(outcome.packet, { name, type }, { size: outcome.size, truncatedOverUdp: transport === 'tcp' });
  return { ...base, status, reply };
}

/**
 * Turns a reply that is ours into what the diagnosis may use. Pure, so every reply the wire can
 * bring is judged the same way in tests as in a run.
 */
export function judgeReply(
  packet: DecodedPacket,
  question: { name: string; type: RecordType },
  transport: { size: number; truncatedOverUdp: boolean },
): { status: ProbeStatus; reply: DnsReply } {
  // dns-packet decodes the RCODE but its type definitions omit the field.
  const rcode = (packet as { rcode?: string }).rcode ?? 'NOERROR';
  const judged = judgeAnswers(rcode, (packet.answers ?? []).map(toDnsRecord), question);
  const seen = new Set<string>();
  const additionals =
    rcode !== 'NOERROR'
      ? []
      : (packet.additionals ?? []).map(toDnsRecord).filter((record) => {
          const key = JSON.stringify({ ...record, ttl: 0 });
          if (record.type === 'OTHER' || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
  const reply: DnsReply = {
    rcode,
    authoritative: packet.flag_aa,
    recursionAvailable: packet.flag_ra,
    truncatedOverUdp: transport.truncatedOverUdp,
    size: transport.size,
    answers: judged.answers,
    cnameChain: judged.cnameChain,
    aliasLoop: judged.aliasLoop,
    ignored: judged.ignored,
    authorities: (packet.authorities ?? []).map(toDnsRecord),
    additionals,
  };
  return { status: judged.status, reply };
}
