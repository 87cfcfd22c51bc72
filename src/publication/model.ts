import type { Message } from '../catalog/message.js';
import type { DnsServer } from '../dns/exchange.js';
import type { TargetVerdict } from '../engine/model.js';
import type { ProbeRunner } from '../engine/probe-runner.js';
import type { PublishingResult } from '../events/attempts.js';

/** A domain the KMS host should publish `_vlmcs._tcp` in, with the priority/weight it should carry. */
export interface IntendedDomain {
  domain: string;
  priority: number;
  weight: number;
  /** `host-domain`: the host's own domain; `publish-list`: a DnsDomainPublishList line; `given`: --domain. */
  source: 'host-domain' | 'publish-list' | 'given' | 'events';
}

/** A KMS host that should have published its record. */
export interface ExpectedHost {
  host: string;
  port: number;
  source: 'given' | 'snapshot';
  /** False when DisableDnsPublishing is set (slmgr /cdns); null when unknown. */
  dnsPublishing: boolean | null;
}

export interface PublicationInput {
  hosts: ExpectedHost[];
  domains: IntendedDomain[];
  /** Hosts whose records are expected or tolerated (lower-case FQDNs). */
  allowList: string[];
  /** Resolvers to ask as well (and to find the authoritative servers with). */
  resolvers: DnsServer[];
  resolverSource: 'given' | 'system' | 'none';
  /** Named directly with --authoritative: skips the SOA/NS discovery. */
  authoritative: DnsServer[];
  /** 12293/12294 of the hosts. */
  publishing: PublishingResult[];
  timeoutMs: number;
  /** The run's one deadline (runDeadline): every query and probe of the check ends by it. */
  deadline?: AbortSignal | undefined;
  /** The run's one probe runner: its concurrency bound, its deadline, its NDJSON stream. Without it the check makes its own. */
  runner?: ProbeRunner | null | undefined;
  /** What the inputs left out or could not give (an export's notes, events of other computers), as catalog messages. */
  notes: Message[];
}

export interface SrvSeen {
  target: string;
  port: number;
  priority: number;
  weight: number;
  ttl: number;
}

/** What one server said about `_vlmcs._tcp.<domain>`. */
export interface ServerAnswer {
  server: string;
  role: 'authoritative' | 'resolver';
  /** `ok`, `dns-nxdomain`/`dns-nodata` (a definite "no record"), or a failure (timeout, refused…). */
  status: string;
  rcode: string | null;
  /** The AA flag of the reply; null when no reply. */
  aa: boolean | null;
  records: SrvSeen[];
  probe: string;
}

export interface AuthoritativeServer {
  server: string;
  source: 'given' | 'ns';
  nsName: string | null;
}

/** Presence of one expected host's record across the servers of one domain. */
export interface HostPresence {
  host: string;
  port: number;
  presentOn: string[];
  missingOn: string[];
  /** Servers that did not answer: presence there is unknown. */
  unknownOn: string[];
}

/** A record of a host that is not on the allow-list, and what probing it found. */
export interface UnexpectedRecord {
  domain: string;
  target: string;
  port: number;
  listedBy: string[];
  addresses: string[];
  verdict: TargetVerdict;
  /** `rogue`: alive and KMS; `stale`: dead or not KMS; `alias`: resolves to an expected host's address. */
  classification: 'rogue' | 'stale' | 'alias';
  aliasOf: string | null;
}

export interface DomainPublication {
  domain: string;
  /** The zone apex holding the name (SOA owner); the domain itself when unknown. */
  zone: string;
  priority: number;
  weight: number;
  source: IntendedDomain['source'];
  authoritative: AuthoritativeServer[];
  answers: ServerAnswer[];
  hosts: HostPresence[];
  /** What limited the check of this domain, as catalog messages a reporter words in the run's language. */
  notes: Message[];
}

/** Addresses each name resolved to, per server asked. */
export interface TargetAddresses {
  name: string;
  byServer: Array<{ server: string; status: string; addresses: string[] }>;
}

export interface PublicationFacts {
  input: PublicationInput;
  domains: DomainPublication[];
  unexpected: UnexpectedRecord[];
  /** Resolution of every target seen and every expected host, per domain's servers. */
  addresses: TargetAddresses[];
}
