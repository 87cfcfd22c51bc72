import { type AddressData, probeAddresses } from '../../probes/address-resolution.js';
import { probeAddressesWithOs } from '../../probes/os-lookup.js';
import { endpointProbeId } from '../../probes/probe-id.js';
import { probeRpcBind } from '../../probes/rpc-bind.js';
import { type AddressRecord, KMS_SRV_PREFIX, probeSrv, type SrvData } from '../../probes/srv-discovery.js';
import { probeTcpPort } from '../../probes/tcp-port.js';
import type { Endpoint } from '../core/names.js';
import { MANAGEMENT_PORT } from '../core/ports.js';
import type { ProbeResult } from '../core/result.js';
import type { DnsServer } from '../dns/exchange.js';
import { formatDnsServer, systemDnsServers } from '../dns/server-address.js';
import { orderSrvRecords } from '../dns/srv-order.js';
import type { ConnectivityFacts, ConnectivityPhases, DirectRole, DomainDiscovery, KmsTarget, TargetEndpoint, TargetVerdict } from './model.js';
import { ProbeRunner } from './probe-runner.js';

export interface ConnectivityOptions {
  domains: string[];
  /** Domains asked only for comparison: their records are shown, but no client would use them. */
  comparisonDomains?: string[];
  kmsHosts: Array<Endpoint & { role?: DirectRole }>;
  /** Servers to ask; when empty, the machine's own resolvers. */
  dnsServers: DnsServer[];
  /** Budget of each single probe, in ms. */
  timeoutMs: number;
  /** The whole run ends by then, whatever is still pending, in ms. */
  deadlineMs: number;
  concurrency: number;
  managementPort?: number;
  /** Which probes to run after resolution; all by default (`srv` only resolves, `port` skips RPC). */
  phases?: Partial<ConnectivityPhases>;
  random?: () => number;
  signal?: AbortSignal;
  onResult?: (result: ProbeResult) => void;
  /** The run's one runner (its deadline, bound and stream); without it the check makes its own from the options above. */
  runner?: ProbeRunner | null | undefined;
}

/**
 * The network half of a client check: discovery in every domain on every server, every target
 * resolved, every address probed on the activation and management ports, and the KMS RPC
 * endpoint bound on each open activation port. Everything runs concurrently; the facts come
 * back in a stable order (domains and hosts as given, targets in the client's order).
 */
export async function checkConnectivity(options: ConnectivityOptions): Promise<ConnectivityFacts> {
  const runner = options.runner ?? new ProbeRunner(options);
  const given = options.dnsServers.length > 0;
  const servers = given ? options.dnsServers : safeSystemServers();
  const managementPort = options.managementPort ?? MANAGEMENT_PORT;
  const phases: ConnectivityPhases = { activationPort: true, managementPort: true, rpc: true, ...options.phases };
  const { timeoutMs } = options;

  const probeEndpoint = async (host: string, address: string, port: number): Promise<TargetEndpoint> => {
    const [activation, management] = await Promise.all([
      phases.activationPort
        ? runner.once(endpointProbeId('tcp', host, address, port), (signal) => probeTcpPort({ host, address, port, role: 'activation', timeoutMs, signal }))
        : undefined,
      phases.managementPort
        ? runner.once(endpointProbeId('tcp', host, address, managementPort), (signal) =>
            probeTcpPort({ host, address, port: managementPort, role: 'management', timeoutMs, signal }),
          )
        : undefined,
    ]);
    const endpoint: TargetEndpoint = { address, ...(activation ? { activation } : {}), ...(management ? { management } : {}) };
    // The bind goes only where the handshake succeeded: a second try at a dead port would only repeat its timeout.
    if (!phases.rpc || (activation && !activation.ok)) return endpoint;
    const rpc = await runner.once(endpointProbeId('rpc', host, address, port), (signal) => probeRpcBind({ host, address, port, timeoutMs, signal }));
    return { ...endpoint, rpc };
  };

  const probeTarget = async (name: string, port: number, resolve: () => Promise<ProbeResult<AddressData>>) => {
    const resolution = await resolve();
    const endpoints = await Promise.all((resolution.data?.addresses ?? []).map((entry) => probeEndpoint(name, entry.address, port)));
    return { resolution, endpoints };
  };

  const resolveViaDns = (name: string, server: DnsServer, additional: AddressRecord[]) =>
    runner.once(`addr:${name}@${formatDnsServer(server)}`, (signal) => probeAddresses({ name, server, timeoutMs, signal, additional }));

  // Targets are probed as soon as the first server lists them, not after every server answered.
  const targetWork = new Map<string, ReturnType<typeof probeTarget>>();
  const startTarget = (name: string, port: number, resolve: () => Promise<ProbeResult<AddressData>>) => {
    const key = `${name}:${port}`;
    if (!targetWork.has(key)) targetWork.set(key, probeTarget(name, port, resolve));
    return targetWork.get(key)!;
  };

  const comparison = new Set(options.comparisonDomains ?? []);
  const allDomains = [...options.domains, ...[...comparison].filter((domain) => !options.domains.includes(domain))];
  const discoveries: Promise<DomainDiscovery>[] = allDomains.map(async (domain) => {
    const answers = await Promise.all(
      servers.map(async (server) => {
        const answer = await runner.once(`srv:${KMS_SRV_PREFIX}.${domain}@${formatDnsServer(server)}`, (signal) => probeSrv({ domain, server, timeoutMs, signal }));
        for (const record of answer.data?.records ?? []) {
          void startTarget(record.target, record.port, () => resolveViaDns(record.target, server, answer.data?.additionalAddresses ?? []));
        }
        return answer;
      }),
    );
    return { domain, role: options.domains.includes(domain) ? ('query' as const) : ('comparison' as const), queryName: `${KMS_SRV_PREFIX}.${domain}`, answers };
  });
  const domains = await Promise.all(discoveries);

  const direct = options.kmsHosts.map((host) => {
    const server = servers[0];
    const resolve = given && server ? () => resolveViaDns(host.host, server, []) : () => runner.once(`addr:${host.host}@os`, () => probeAddressesWithOs(host.host, timeoutMs));
    return { host, work: startTarget(host.host, host.port, resolve) };
  });

  const targets: KmsTarget[] = [];
  for (const discovery of domains) {
    for (const listed of srvTargets(discovery, options.random)) {
      const { resolution, endpoints } = await targetWork.get(`${listed.name}:${listed.port}`)!;
      targets.push({ ...listed, resolution, endpoints, verdict: verdictOf(resolution, endpoints) });
    }
  }
  for (const { host, work } of direct) {
    const { resolution, endpoints } = await work;
    targets.push({
      name: host.host,
      port: host.port,
      source: 'kms-host',
      role: host.role ?? 'given',
      listedBy: [],
      resolution,
      endpoints,
      verdict: verdictOf(resolution, endpoints),
    });
  }

  return {
    dnsServers: servers.map(formatDnsServer),
    dnsServerSource: given ? 'given' : servers.length > 0 ? 'system' : 'none',
    domains,
    targets,
    managementPort,
    phases,
  };
}

type ListedTarget = Omit<KmsTarget, 'resolution' | 'endpoints' | 'verdict'>;

/** The union of what every server listed for a domain, in one client-like RFC 2782 draw. */
function srvTargets(discovery: DomainDiscovery, random?: () => number): ListedTarget[] {
  const byKey = new Map<string, ListedTarget & { priority: number; weight: number }>();
  for (const answer of discovery.answers) {
    for (const record of (answer as ProbeResult<SrvData>).data?.records ?? []) {
      const key = `${record.target}:${record.port}`;
      const known = byKey.get(key);
      if (known) known.listedBy.push(answer.target.server ?? '');
      else
        byKey.set(key, {
          name: record.target,
          port: record.port,
          source: 'srv',
          domain: discovery.domain,
          priority: record.priority,
          weight: record.weight,
          ttl: record.ttl,
          listedBy: [answer.target.server ?? ''],
        });
    }
  }
  return orderSrvRecords([...byKey.values()], random);
}

function verdictOf(resolution: ProbeResult<AddressData>, endpoints: TargetEndpoint[]): TargetVerdict {
  if ((resolution.data?.addresses.length ?? 0) === 0) return 'unresolved';
  if (endpoints.some((endpoint) => endpoint.rpc?.ok)) return 'ready';
  if (endpoints.some((endpoint) => endpoint.rpc)) return 'not-kms';
  if (endpoints.some((endpoint) => endpoint.activation?.ok)) return 'port-open';
  const states = endpoints.flatMap((endpoint) => (endpoint.activation?.data ? [endpoint.activation.data.state] : []));
  if (states.length === 0) return 'not-tested';
  if (states.includes('filtered')) return 'port-filtered';
  if (states.every((state) => state === 'closed')) return 'port-closed';
  return 'unreachable';
}

function safeSystemServers(): DnsServer[] {
  try {
    return systemDnsServers();
  } catch {
    return [];
  }
}
