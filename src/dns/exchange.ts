import type { DecodedPacket } from 'dns-packet';
import type { ProbeError, ProbeStatus } from '../core/result.js';

/** A DNS server as the client addresses it. */
export interface DnsServer {
  address: string;
  port: number;
}

/** What one transport exchange ended with. `discarded` lists replies that were not ours, as evidence. */
export type ExchangeOutcome =
  | { kind: 'reply'; packet: DecodedPacket; size: number; attempts: number; discarded: string[] }
  | { kind: 'truncated'; attempts: number; discarded: string[] }
  | { kind: 'failed'; status: ProbeStatus; error: ProbeError; attempts: number; discarded: string[] };

export interface ExchangeOptions {
  server: DnsServer;
  /** Time allowed for this exchange, in ms. */
  timeoutMs: number;
  /** The run's overall deadline; when it fires the outcome is `cancelled`. */
  signal?: AbortSignal | undefined;
}

export function cancelledOutcome(attempts: number, discarded: string[]): ExchangeOutcome {
  return { kind: 'failed', status: 'cancelled', error: { code: 'DEADLINE', message: 'the overall deadline ended the query' }, attempts, discarded };
}

export function timeoutOutcome(timeoutMs: number, attempts: number, discarded: string[]): ExchangeOutcome {
  // Only garbage arrived: that is a broken or hostile server, not a silent one.
  if (discarded.length > 0) {
    return { kind: 'failed', status: 'dns-malformed', error: { code: 'NO_VALID_REPLY', message: `no valid reply within ${timeoutMs} ms; discarded: ${discarded[0]}` }, attempts, discarded };
  }
  return { kind: 'failed', status: 'timeout', error: { code: 'ETIMEDOUT', message: `no reply within ${timeoutMs} ms` }, attempts, discarded };
}
