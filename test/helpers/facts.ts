/**
 * Hand-built ConnectivityFacts for rule and report tests: real-shaped ProbeResults (the same ids,
 * targets and data fields the probes produce) without any network. Addresses are from the
 * documentation ranges (192.0.2.0/24, 10.0.0.0/8 as server labels) and are never contacted.
 *
 *   buildFacts({
 *     domains: [{ domain: 'corp.test' }],               // one ok answer per server listing every srv target
 *     targets: [host('kms1.corp.test'), host('kms2.corp.test', { activation: 'filtered' })],
 *   })
 */

import type { AddressData } from '../../probes/address-resolution.js';
import { endpointProbeId } from '../../probes/probe-id.js';
import type { RpcBindData, RpcSilence } from '../../probes/rpc-bind.js';
import type { SrvData, SrvRecord } from '../../probes/srv-discovery.js';
import type { PortRole, PortState, TcpPortData } from '../../probes/tcp-port.js';
import type { ProbeResult, ProbeStatus } from '../../src/core/result.js';
import type { ConnectivityFacts, ConnectivityPhases, DomainDiscovery, KmsTarget, TargetEndpoint, TargetVerdict } from '../../src/engine/model.js';
import type { BindVerdict } from '../../src/rpc/bind-reply.js';

export const STARTED_AT = '2025-01-01T00:00:00.000Z';
export const DEFAULT_SERVER = '10.0.0.53:53';
export const KMS = 1688;
const SRV_PREFIX = '_vlmcs._tcp';

const PORT_STATUS: Record<PortState, ProbeStatus> = { open: 'ok', closed: 'refused', filtered: 'timeout', unreachable: 'unreachable', cancelled: 'cancelled', error: 'error' };
const RCODE_OF: Partial<Record<ProbeStatus, string>> = {
  ok: 'NOERROR',
  'dns-nodata': 'NOERROR',
  'dns-nxdomain': 'NXDOMAIN',
  'dns-servfail': 'SERVFAIL',
  'dns-refused': 'REFUSED',
  'dns-formerr': 'FORMERR',
};

function failure(status: ProbeStatus): { error: { code: string; message: string } } | Record<string, never> {
  return status === 'ok' ? {} : { error: { code: status.toUpperCase(), message: `fixture: ${status}` } };
}

// ---------------------------------------------------------------------------------------------
// Single probe results
// ---------------------------------------------------------------------------------------------

export interface SrvSpec {
  server?: string;
  status?: ProbeStatus;
  /** Targets as `name` (port 1688, priority 0, weight 100) or a full record. */
  records?: Array<string | (Partial<SrvRecord> & { target: string })>;
  discarded?: string[];
  /** The SRV name is an alias for these names, in order (and, with `aliasLoop`, loops back). */
  aliases?: string[];
  aliasLoop?: boolean;
  /** The answer held an SRV record with target "." (RFC 2782: not offered here). */
  declined?: boolean;
  ignored?: string[];
  transport?: 'udp' | 'tcp';
  attempts?: number;
  durationMs?: number;
}

export function srvResult(domain: string, spec: SrvSpec = {}): ProbeResult<SrvData> {
  const server = spec.server ?? DEFAULT_SERVER;
  const status = spec.status ?? ((spec.records?.length ?? 0) > 0 ? 'ok' : 'dns-nxdomain');
  const queryName = `${SRV_PREFIX}.${domain}`;
  const rcode = RCODE_OF[status];
  const records: SrvRecord[] = (spec.records ?? []).map((record) =>
    typeof record === 'string' ? { priority: 0, weight: 100, port: KMS, target: record, ttl: 3600 } : { priority: 0, weight: 100, port: KMS, ttl: 3600, ...record },
  );
  return {
    id: `srv:${queryName}@${server}`,
    probe: 'dns.srv',
    target: { host: queryName, server, transport: spec.transport ?? 'udp' },
    status,
    ok: status === 'ok',
    startedAt: STARTED_AT,
    durationMs: spec.durationMs ?? (status === 'timeout' ? 3000 : 2.5),
    attempts: spec.attempts ?? (status === 'timeout' ? 2 : 1),
    data: {
      domain,
      queryName,
      ...(rcode ? { rcode, authoritative: true, recursionAvailable: false, truncatedOverUdp: false, replySize: 120 } : {}),
      records,
      additionalAddresses: [],
      ...(rcode && status !== 'ok' ? { zone: domain } : {}),
      discarded: spec.discarded ?? [],
      ...(spec.ignored ? { ignored: spec.ignored } : {}),
      ...(spec.aliases ? { aliases: spec.aliases } : {}),
      ...(spec.aliasLoop ? { aliasLoop: true as const } : {}),
      ...(spec.declined ? { declined: true as const } : {}),
    },
    ...failure(status),
  };
}

export function addressResult(name: string, server: string, spec: { addresses?: string[]; status?: ProbeStatus; cnameChain?: string[] } = {}): ProbeResult<AddressData> {
  const addresses = spec.addresses ?? [];
  const status = spec.status ?? (addresses.length > 0 ? 'ok' : 'dns-nxdomain');
  const canonical = spec.cnameChain?.at(-1) ?? name;
  return {
    id: `addr:${name}@${server}`,
    probe: 'dns.address',
    target: { host: name, server },
    status,
    ok: status === 'ok',
    startedAt: STARTED_AT,
    durationMs: 1.5,
    attempts: addresses.length > 0 && !spec.cnameChain ? 0 : 2,
    data: {
      name,
      addresses: addresses.map((address) => ({
        name: canonical,
        type: address.includes(':') ? ('AAAA' as const) : ('A' as const),
        address,
        ttl: 1200,
        source: spec.cnameChain ? ('query' as const) : ('additional' as const),
      })),
      cnameChain: spec.cnameChain ?? [],
      queries: [],
    },
    ...failure(status),
  };
}

export function tcpResult(host: string, address: string, port: number, role: PortRole, state: PortState): ProbeResult<TcpPortData> {
  const status = PORT_STATUS[state];
  return {
    id: endpointProbeId('tcp', host, address, port),
    probe: 'tcp.port',
    target: { host, port, ...(address !== host ? { address } : {}), transport: 'tcp' },
    status,
    ok: status === 'ok',
    startedAt: STARTED_AT,
    durationMs: state === 'filtered' ? 3000 : 0.8,
    attempts: 1,
    data: { state, role },
    ...failure(status),
  };
}

export interface RpcSpec {
  status?: ProbeStatus;
  verdict?: BindVerdict | null;
  acceptsAnyInterface?: boolean | null;
  anomalies?: string[];
  silence?: RpcSilence | null;
  /** Bytes of reply received; default 60 with a verdict, else 0. */
  replyBytes?: number;
}

export function rpcResult(host: string, address: string, port: number, spec: RpcSpec = {}): ProbeResult<RpcBindData> {
  const status = spec.status ?? 'ok';
  const verdict =
    spec.verdict !== undefined ? spec.verdict : status === 'ok' ? 'kms' : status === 'not-rpc' ? 'not-rpc' : status === 'rpc-rejected' ? 'interface-not-supported' : null;
  const acceptsAnyInterface = spec.acceptsAnyInterface !== undefined ? spec.acceptsAnyInterface : status === 'ok' ? false : null;
  return {
    id: endpointProbeId('rpc', host, address, port),
    probe: 'rpc.bind',
    target: { host, port, transport: 'tcp', ...(address !== host ? { address } : {}) },
    status,
    ok: status === 'ok',
    startedAt: STARTED_AT,
    durationMs: 1.2,
    attempts: status === 'ok' ? 2 : 1,
    data: {
      verdict,
      explanation: `fixture: ${verdict ?? status}`,
      explanationReason: null,
      anomalies: spec.anomalies ?? [],
      anomalyReasons: [],
      silence: spec.silence ?? (status === 'no-reply' ? 'closed' : null),
      rejectReason: null,
      contextResult: verdict === 'kms' ? { result: 0, reason: 0, transferSyntax: '8a885d04-1ceb-11c9-9fe8-08002b104860 v2.0' } : null,
      callId: verdict === null || verdict === 'not-rpc' ? null : 2,
      assocGroup: verdict === 'kms' ? 0x1234 : null,
      secondaryAddress: verdict === 'kms' ? String(port) : null,
      maxXmitFrag: verdict === 'kms' ? 5840 : null,
      maxRecvFrag: verdict === 'kms' ? 5840 : null,
      replyBytes: spec.replyBytes ?? (verdict === null ? 0 : 60),
      replyHex: verdict === null ? '' : '05000c03',
      sentBytes: '05000b03',
      acceptsAnyInterface,
      anyInterface: null,
    },
    ...failure(status),
  };
}

// ---------------------------------------------------------------------------------------------
// Targets and whole facts
// ---------------------------------------------------------------------------------------------

export interface HostSpec {
  name: string;
  port?: number;
  source?: 'srv' | 'kms-host';
  /** The domain whose SRV set lists it; default: the first domain of the facts. */
  domain?: string;
  priority?: number;
  weight?: number;
  /** Default one address, 192.0.2.<n>; [] = unresolved. */
  addresses?: string[];
  resolutionStatus?: ProbeStatus;
  cnameChain?: string[];
  /** null = the port was not probed. Default 'open'. */
  activation?: PortState | null;
  /** null = not probed. Default 'open'. */
  management?: PortState | null;
  /** null = not bound. Default: a genuine KMS bind when the activation port is open. */
  rpc?: RpcSpec | null;
  /** Default: derived as the engine does (src/engine/connectivity.ts verdictOf). */
  verdict?: TargetVerdict;
}

let nextAddress = 10;

/** A target spec; fields default to a healthy KMS host on 1688. */
export function host(name: string, spec: Omit<HostSpec, 'name'> = {}): HostSpec {
  return { name, ...spec };
}

/**
 * The verdict rules documented on TargetVerdict, restated for fixtures from the documentation, as
 * the best probe reached: an RPC answer, then the port, then how the port failed.
 */
export function verdictOf(resolution: ProbeResult<AddressData>, endpoints: TargetEndpoint[]): TargetVerdict {
  if (!resolution.data?.addresses.length) return 'unresolved';
  const rpcProbes = endpoints.flatMap((e) => (e.rpc ? [e.rpc] : []));
  if (rpcProbes.length > 0) return rpcProbes.some((rpc) => rpc.ok) ? 'ready' : 'not-kms';
  const portProbes = endpoints.flatMap((e) => (e.activation ? [e.activation] : []));
  if (portProbes.some((port) => port.ok)) return 'port-open';
  const states = portProbes.flatMap((port) => (port.data ? [port.data.state] : []));
  if (states.length === 0) return 'not-tested';
  if (states.includes('filtered')) return 'port-filtered';
  return states.every((state) => state === 'closed') ? 'port-closed' : 'unreachable';
}

export interface FactsSpec {
  dnsServers?: string[];
  /** `answers` omitted: every server answers ok with the srv targets of that domain. */
  domains?: Array<{ domain: string; answers?: SrvSpec[]; role?: 'query' | 'comparison' }>;
  targets?: HostSpec[];
  managementPort?: number;
  phases?: Partial<ConnectivityPhases>;
}

export function buildFacts(spec: FactsSpec): ConnectivityFacts {
  const dnsServers = spec.dnsServers ?? [DEFAULT_SERVER];
  const managementPort = spec.managementPort ?? 135;
  const firstDomain = spec.domains?.[0]?.domain;
  const specs = (spec.targets ?? []).map((t) => ({
    ...t,
    source: t.source ?? 'srv',
    domain: t.domain ?? (t.source === 'kms-host' ? undefined : firstDomain),
    port: t.port ?? KMS,
  }));

  const domains: DomainDiscovery[] = (spec.domains ?? []).map(({ domain, answers, role }) => {
    const listed = specs.filter((t) => t.source === 'srv' && t.domain === domain);
    const records = listed.map((t) => ({ target: t.name, port: t.port, priority: t.priority ?? 0, weight: t.weight ?? 100 }));
    const specsOfAnswers = answers ?? dnsServers.map((server) => ({ server, records }));
    return { domain, role: role ?? 'query', queryName: `${SRV_PREFIX}.${domain}`, answers: specsOfAnswers.map((answer) => srvResult(domain, answer)) };
  });

  const targets: KmsTarget[] = specs.map((t) => {
    const listedBy = domains
      .filter((d) => d.domain === t.domain)
      .flatMap((d) => d.answers.filter((a) => a.data?.records.some((r) => r.target === t.name && r.port === t.port)).map((a) => a.target.server ?? ''));
    const resolver = t.source === 'srv' ? (listedBy[0] ?? dnsServers[0] ?? 'os') : (dnsServers[0] ?? 'os');
    const addresses = t.addresses ?? [`192.0.2.${(nextAddress++ % 240) + 10}`];
    const resolution = addressResult(t.name, resolver, {
      addresses,
      ...(t.resolutionStatus ? { status: t.resolutionStatus } : {}),
      ...(t.cnameChain ? { cnameChain: t.cnameChain } : {}),
    });
    const endpoints: TargetEndpoint[] = addresses.map((address) => {
      const activationState = t.activation === undefined ? 'open' : t.activation;
      const managementState = t.management === undefined ? 'open' : t.management;
      const activation = activationState === null ? undefined : tcpResult(t.name, address, t.port, 'activation', activationState);
      const management = managementState === null ? undefined : tcpResult(t.name, address, managementPort, 'management', managementState);
      const rpcSpec = t.rpc === undefined ? (activation?.ok ? {} : null) : t.rpc;
      const rpc = rpcSpec === null ? undefined : rpcResult(t.name, address, t.port, rpcSpec);
      return { address, ...(activation ? { activation } : {}), ...(management ? { management } : {}), ...(rpc ? { rpc } : {}) };
    });
    return {
      name: t.name,
      port: t.port,
      source: t.source,
      ...(t.source === 'srv' ? { domain: t.domain, priority: t.priority ?? 0, weight: t.weight ?? 100, ttl: 3600 } : {}),
      listedBy,
      resolution,
      endpoints,
      verdict: t.verdict ?? verdictOf(resolution, endpoints),
    };
  });

  return {
    dnsServers,
    dnsServerSource: dnsServers.length > 0 ? 'given' : 'none',
    domains,
    targets,
    managementPort,
    phases: { activationPort: true, managementPort: true, rpc: true, ...spec.phases },
  };
}

/** Every probe id the facts hold, for "evidence points at a real probe" checks. */
export function probeIds(facts: ConnectivityFacts): Set<string> {
  const ids = new Set<string>();
  for (const d of facts.domains) for (const a of d.answers) ids.add(a.id);
  for (const t of facts.targets) {
    ids.add(t.resolution.id);
    for (const e of t.endpoints) for (const r of [e.activation, e.management, e.rpc]) if (r) ids.add(r.id);
  }
  return ids;
}
