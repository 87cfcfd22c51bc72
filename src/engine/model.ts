import type { AddressData } from '../../probes/address-resolution.js';
import type { RpcBindData } from '../../probes/rpc-bind.js';
import type { SrvData } from '../../probes/srv-discovery.js';
import type { TcpPortData } from '../../probes/tcp-port.js';
import type { ProbeResult } from '../core/result.js';

/** What DNS said about one domain, one answer per server asked. */
export interface DomainDiscovery {
  domain: string;
  /**
   * `query`: a domain a client searches. `comparison`: a domain the client does NOT search, asked
   * only to explain a failure (records in the search list but not in the client's suffix).
   */
  role: 'query' | 'comparison';
  queryName: string;
  answers: ProbeResult<SrvData>[];
}

/** One address of a target, with what each port said. */
export interface TargetEndpoint {
  address: string;
  /** Absent when the command did not probe that port; absent always means "not tested". */
  activation?: ProbeResult<TcpPortData>;
  management?: ProbeResult<TcpPortData>;
  /** Only when the activation port is open; absent means "not tested", never "failed". */
  rpc?: ProbeResult<RpcBindData>;
}

/**
 * Whether a client could activate against this target (`not-tested` when ports were not probed):
 * `ready` — an address takes the KMS RPC bind; `port-open` — the port is open but RPC was not checked;
 * `not-kms` — something listens but it is not a KMS endpoint; `port-closed` — every address refuses the
 * activation port; `port-filtered` — a firewall drops it on some address; `unreachable` — no route;
 * `unresolved` — the name has no address.
 */
export type TargetVerdict = 'ready' | 'port-open' | 'not-kms' | 'port-closed' | 'port-filtered' | 'unreachable' | 'unresolved' | 'not-tested';

/** Why a host outside DNS is checked. */
export type DirectRole = 'given' | 'pinned' | 'cached';

export interface KmsTarget {
  name: string;
  port: number;
  /** `srv` when DNS listed it, `kms-host` when given directly (a client pinned with `slmgr /skms`). */
  source: 'srv' | 'kms-host';
  /** For a direct target, why it is checked: named by the user, the client's manual (/skms) host, or the host it cached. */
  role?: DirectRole;
  domain?: string;
  priority?: number;
  weight?: number;
  ttl?: number;
  /** Position in one client-like draw (RFC 2782), and the chance of being tried first in its priority. */
  rank?: number;
  shareInPriority?: number;
  /** The DNS servers whose answer listed this target. */
  listedBy: string[];
  resolution: ProbeResult<AddressData>;
  endpoints: TargetEndpoint[];
  verdict: TargetVerdict;
}

export interface ConnectivityFacts {
  dnsServers: string[];
  dnsServerSource: 'given' | 'system' | 'none';
  domains: DomainDiscovery[];
  targets: KmsTarget[];
  managementPort: number;
  /** Which phases ran, so a report can tell "not tested" from "passed". */
  phases: ConnectivityPhases;
}

export interface ConnectivityPhases {
  activationPort: boolean;
  managementPort: boolean;
  rpc: boolean;
}
