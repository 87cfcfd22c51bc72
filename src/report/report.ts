import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import type { RuleId } from '../catalog/findings.js';
import type { ProbeResult } from '../core/result.js';
import type { ActivationSection } from '../engine/activation.js';
import type { ConnectivityFacts, KmsTarget, TargetVerdict } from '../engine/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { ClientFacts } from '../rules/facts.js';
import type { Finding, Severity } from '../rules/types.js';
import { clientSection, type ReportClient } from './client-section.js';
import { buildEnvelope, type CommandName, type Envelope, summarize } from './envelope.js';
import { hostSection, type ReportHost } from './host-section.js';

export { type CommandName, SCHEMA_VERSION } from './envelope.js';

/** One address of a target, flattened for consumers that do not want to join on probe ids. */
export interface ReportEndpoint {
  address: string;
  activationPort: number;
  activationState: string | null;
  managementPort: number;
  managementState: string | null;
  rpcVerdict: string | null;
  rpcAcceptsAnyInterface: boolean | null;
  probes: string[];
}

export interface ReportTarget {
  name: string;
  port: number;
  source: KmsTarget['source'];
  role: KmsTarget['role'] | null;
  domain: string | null;
  priority: number | null;
  weight: number | null;
  ttl: number | null;
  rank: number | null;
  shareInPriority: number | null;
  listedBy: string[];
  cnameChain: string[];
  resolution: { status: string; probe: string };
  endpoints: ReportEndpoint[];
  verdict: TargetVerdict;
}

export interface ReportDomain {
  domain: string;
  role: 'query' | 'comparison';
  queryName: string;
  answers: Array<{ server: string; status: string; rcode: string | null; authoritative: boolean | null; transport: string | null; records: number; probe: string }>;
}

/** The section of the connectivity kind (connectivity, srv, port, rpc, lab, analyze). */
export interface ConnectivitySection {
  dnsServers: string[];
  dnsServerSource: ConnectivityFacts['dnsServerSource'];
  phases: ConnectivityFacts['phases'];
  /** Present when the check started from the client's own state (snapshot, slmgr text, events). */
  client?: ReportClient;
  /** Present when `--activation-request` sent one activation request (to the first ready target). */
  activation?: ActivationSection;
  /** Present when `analyze` was given KMS host snapshots, host /dlv text or 12290 logs. */
  host?: ReportHost;
  discovery: ReportDomain[];
  targets: ReportTarget[];
  results: ProbeResult[];
}

/** The report of the connectivity kind: the envelope and its section. */
export type Report = Envelope<'connectivity'> & ConnectivitySection;

/** The connectivity report, enveloped (a test or a caller without the runner builds it here). */
export function buildReport(args: {
  command: CommandName;
  startedAt: string;
  durationMs: number;
  input: Record<string, unknown>;
  facts: ConnectivityFacts;
  findings: Finding<RuleId>[];
  failOn: Severity;
  client?: ClientFacts | undefined;
  activation?: ActivationSection | null | undefined;
  host?: HostFacts | undefined;
  /** The language of what the facts say in words (the findings were rendered in it already). */
  locale?: Locale | undefined;
}): Report {
  const section = connectivitySection(args);
  const summary = summarize({ findings: args.findings, failOn: args.failOn, probes: section.results.length });
  return buildEnvelope({
    kind: 'connectivity',
    command: args.command,
    startedAt: args.startedAt,
    durationMs: args.durationMs,
    input: args.input,
    findings: args.findings,
    summary,
    section,
  });
}

/**
 * The connectivity section. `results` is flat, in a stable order: discovery (domains as given,
 * servers as given), then each target's resolution and endpoint probes in the client's order —
 * whatever order the probes finished in.
 */
export function connectivitySection(args: {
  facts: ConnectivityFacts;
  client?: ClientFacts | undefined;
  activation?: ActivationSection | null | undefined;
  host?: HostFacts | undefined;
  locale?: Locale | undefined;
}): ConnectivitySection {
  const locale = args.locale ?? DEFAULT_LOCALE;
  const { facts } = args;
  const results: ProbeResult[] = [];
  const seen = new Set<string>();
  const add = (result: ProbeResult | undefined) => {
    if (result && !seen.has(result.id)) {
      seen.add(result.id);
      results.push(result);
    }
  };
  for (const discovery of facts.domains) discovery.answers.forEach(add);
  for (const target of facts.targets) {
    add(target.resolution);
    for (const endpoint of target.endpoints) [endpoint.activation, endpoint.management, endpoint.rpc].forEach(add);
  }
  return {
    dnsServers: facts.dnsServers,
    dnsServerSource: facts.dnsServerSource,
    phases: facts.phases,
    ...(args.client ? { client: clientSection(args.client, locale) } : {}),
    ...(args.activation ? { activation: args.activation } : {}),
    ...(args.host ? { host: hostSection(args.host, locale) } : {}),
    discovery: facts.domains.map((discovery) => ({
      domain: discovery.domain,
      role: discovery.role,
      queryName: discovery.queryName,
      answers: discovery.answers.map((answer) => ({
        server: answer.target.server ?? '',
        status: answer.status,
        rcode: answer.data?.rcode ?? null,
        authoritative: answer.data?.authoritative ?? null,
        transport: answer.target.transport ?? null,
        records: answer.data?.records.length ?? 0,
        probe: answer.id,
      })),
    })),
    targets: facts.targets.map((target) => reportTarget(target, facts.managementPort)),
    results,
  };
}

function reportTarget(target: KmsTarget, managementPort: number): ReportTarget {
  return {
    name: target.name,
    port: target.port,
    source: target.source,
    role: target.role ?? null,
    domain: target.domain ?? null,
    priority: target.priority ?? null,
    weight: target.weight ?? null,
    ttl: target.ttl ?? null,
    rank: target.rank ?? null,
    shareInPriority: target.shareInPriority ?? null,
    listedBy: target.listedBy,
    cnameChain: target.resolution.data?.cnameChain ?? [],
    resolution: { status: target.resolution.status, probe: target.resolution.id },
    endpoints: target.endpoints.map((endpoint) => ({
      address: endpoint.address,
      activationPort: target.port,
      activationState: endpoint.activation?.data?.state ?? null,
      managementPort,
      managementState: endpoint.management?.data?.state ?? null,
      rpcVerdict: endpoint.rpc ? (endpoint.rpc.data?.verdict ?? endpoint.rpc.status) : null,
      rpcAcceptsAnyInterface: endpoint.rpc?.data?.acceptsAnyInterface ?? null,
      probes: [endpoint.activation?.id, endpoint.management?.id, endpoint.rpc?.id].filter((id): id is string => id !== undefined),
    })),
    verdict: target.verdict,
  };
}
