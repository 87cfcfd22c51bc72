/**
 * The one result shape every probe returns, success or failure alike.
 * Probes never throw for network outcomes: a refused port, a silent DNS server or a
 * garbage reply is data, recorded here with the raw cause as evidence.
 */

/** The fixed vocabulary of probe outcomes. Findings and the PowerShell module key on these words. */
export const PROBE_STATUSES = [
  'ok', // the expected answer arrived
  'refused', // TCP RST, or ICMP port-unreachable on a connected UDP socket (nothing listens)
  'timeout', // no answer within the budget (dropped by a firewall, or a silent server)
  'unreachable', // no route, or ICMP host/network unreachable
  'reset', // the peer reset an established connection
  'dns-nxdomain', // RCODE 3: the name does not exist (Windows: 0x8007232B)
  'dns-nodata', // NOERROR but no record of the asked type (Windows: 0x8007251D)
  'dns-servfail', // RCODE 2
  'dns-refused', // RCODE 5: the server declined to answer
  'dns-formerr', // RCODE 1, or another non-zero RCODE
  'dns-malformed', // the reply could not be decoded, or never matched our query
  'dns-truncated', // TC set on UDP and the TCP retry did not succeed
  'rpc-rejected', // a DCE/RPC server that refused the KMS interface (bind_ack rejection or bind_nak)
  'not-rpc', // bytes came back, but they are not DCE/RPC
  'no-reply', // connected, but the service closed or stayed silent without a word
  'rpc-invalid', // a DCE/RPC reply that does not answer our call: cut short, or echoing another call_id
  'incomplete', // a reply began but did not complete within the budget (a slow or stalled peer)
  'cancelled', // the run's overall deadline ended the probe
  'error', // anything else; the raw code is in `error.code`
] as const;

export type ProbeStatus = (typeof PROBE_STATUSES)[number];

export type ProbeKind = 'dns.srv' | 'dns.address' | 'tcp.port' | 'rpc.bind' | 'kms.activation';

/** What the probe was pointed at. */
export interface ProbeTarget {
  /** A DNS name or an IP literal. */
  host: string;
  port?: number;
  /** The resolved address that was contacted, when it differs from `host`. */
  address?: string;
  /** For DNS probes: the server that was asked, as `ip:port`. */
  server?: string;
  transport?: 'udp' | 'tcp';
}

/** One value a reason shows: plain data, a list, or a phrase of its own (a nested reason). */
export type ReasonArg = string | number | boolean | null | readonly string[] | ProbeReason | readonly ProbeReason[];

/**
 * Why a probe ended as it did, as data: a catalog message id and language-neutral arguments.
 * Core knows no catalog, so the id is a plain string here; probes build reasons with the
 * catalog's typed `msg()`, and a test renders every id in every language. A raw operating-system
 * text (`connect ECONNREFUSED 127.0.0.1:1688`) is the system's own evidence: it travels as an
 * argument, never as the sentence around it.
 */
export interface ProbeReason {
  id: string;
  args?: Readonly<Record<string, ReasonArg>>;
}

export interface ProbeError {
  /** A Node error code (`ECONNREFUSED`), or our own (`ID_MISMATCH`, `DEADLINE`). */
  code: string;
  /** `reason` rendered in the report's language (English until the report is built). */
  message: string;
  /** The message as data; absent only in results recorded before reasons existed. */
  reason?: ProbeReason;
}

export interface ProbeResult<TData = unknown> {
  /** Stable within a report, e.g. `tcp:kms01.contoso.com[192.0.2.5]:1688`; findings point at it. */
  id: string;
  probe: ProbeKind;
  target: ProbeTarget;
  status: ProbeStatus;
  /** `status === 'ok'`, for consumers that want a boolean (PowerShell's TcpTestSucceeded). */
  ok: boolean;
  /** ISO 8601 UTC. */
  startedAt: string;
  /** Wall time from start to outcome, in milliseconds rounded to 0.1; equals the budget on timeout. */
  durationMs: number;
  attempts: number;
  data?: TData;
  error?: ProbeError;
}
