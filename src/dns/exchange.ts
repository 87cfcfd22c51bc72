import type { DecodedPacket } from 'dns-packet';
import { type Message, msg } from '../catalog/message.js';
import { probeError } from '../catalog/probe-reason.js';
import type { ProbeError, ProbeStatus } from '../core/result.js';

/** A DNS server as the client addresses it. */
export interface DnsServer {
  address: string;
  port: number;
}

/** What one transport exchange ended with. `discarded` says why each reply that was not ours was set aside, as evidence. */
export type ExchangeOutcome =
  | { kind: 'reply'; packet: DecodedPacket; size: number; attempts: number; discarded: Message[] }
  | { kind: 'truncated'; attempts: number; discarded: Message[] }
  | { kind: 'failed'; status: ProbeStatus; error: ProbeError; attempts: number; discarded: Message[] };

export interface ExchangeOptions {
  server: DnsServer;
  /** Time allowed for this exchange, in ms. */
  timeoutMs: number;
  /** The run's overall deadline; when it fires the outcome is `cancelled`. */
  signal?: AbortSignal | undefined;
}

export function cancelledOutcome(attempts: number, discarded: Message[]): ExchangeOutcome {
  return { kind: 'failed', status: 'cancelled', error: probeError('DEADLINE', msg('probe-error.deadline', { when: 'query' })), attempts, discarded };
}

export function timeoutOutcome(timeoutMs: number, attempts: number, discarded: Message[]): ExchangeOutcome {
  // Only garbage arrived: that is a broken or hostile server, not a silent one.
  if (discarded.length > 0) {
    return {
      kind: 'failed',
      status: 'dns-malformed',
      error: probeError('NO_VALID_REPLY', msg('probe-error.no-valid-reply', { timeoutMs, discarded: discarded[0]! })),
      attempts,
      discarded,
    };
  }
  return { kind: 'failed', status: 'timeout', error: probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'dns', timeoutMs })), attempts, discarded };
}
