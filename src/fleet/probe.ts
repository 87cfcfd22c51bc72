/**
 * `fleet --probe`: asks DNS about each distinct lookup domain once and probes each distinct host
 * once (however many clients share it), through the one connectivity engine: one deadline, one
 * concurrency bound, every probe memoised by its id.
 */
import { msg } from '../catalog/message.js';
import type { DnsServer } from '../dns/exchange.js';
import { checkConnectivity } from '../engine/connectivity.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { ProbeRunner } from '../engine/probe-runner.js';
import type { DomainGroup, ProbeVerdict, SrvState } from './model.js';

/** What --probe learnt of one domain. */
export type DomainState = Pick<DomainGroup, 'detail' | 'answers' | 'targets'> & { srv: SrvState };

export interface FleetProbeInput {
  domains: string[];
  hosts: Array<{ host: string; port: number }>;
  dnsServers: DnsServer[];
  timeoutMs: number;
  deadlineMs: number;
  concurrency: number;
  /** The run's one probe runner (its deadline, bound and stream). */
  runner?: ProbeRunner | null | undefined;
}

export interface FleetProbeResult {
  domains: Map<string, DomainState>;
  /** Every host named by a record in any probed domain, lower-case, without the final dot. */
  published: Set<string>;
  hosts: Map<string, ProbeVerdict>;
  dnsServers: string[];
}

const bare = (name: string) => name.trim().replace(/\.$/, '').toLowerCase();

/** NXDOMAIN and NODATA say "no record" for sure; anything else (timeouts, SERVFAIL) leaves it unknown. */
function domainState(discovery: ConnectivityFacts['domains'][number]): DomainState {
  const targets = [...new Set(discovery.answers.flatMap((answer) => (answer.data?.records ?? []).map((record) => `${bare(record.target)}:${record.port}`)))];
  const answers = discovery.answers.map((answer) => ({ probeId: answer.id, server: answer.target.server ?? answer.id, status: answer.status }));
  // "server: status" per answer: a server address and a status code, the same in every language.
  const detail =
    answers.length > 0 ? msg('facts.fleet.domain.answers', { answers: answers.map(({ server, status }) => `${server}: ${status}`) }) : msg('facts.fleet.domain.no-server');
  if (targets.length > 0) return { srv: 'records', detail, answers, targets };
  const sure = discovery.answers.length > 0 && discovery.answers.every((answer) => answer.status === 'ok' || answer.status === 'dns-nxdomain' || answer.status === 'dns-nodata');
  return { srv: sure ? 'none' : 'unknown', detail, answers, targets };
}

export async function probeFleet(input: FleetProbeInput): Promise<FleetProbeResult> {
  const facts = await checkConnectivity({
    domains: input.domains,
    kmsHosts: input.hosts.map((host) => ({ ...host, role: 'given' as const })),
    dnsServers: input.dnsServers,
    timeoutMs: input.timeoutMs,
    deadlineMs: input.deadlineMs,
    concurrency: input.concurrency,
    runner: input.runner,
    // The activation port and the count-safe RPC bind decide usability; 135 is not an activation path.
    phases: { activationPort: true, managementPort: false, rpc: true },
  });
  const domains = new Map(facts.domains.map((discovery) => [discovery.domain, domainState(discovery)] as const));
  const published = new Set([...domains.values()].flatMap((d) => d.targets.map((t) => t.replace(/:\d+$/, ''))));
  const hosts = new Map<string, ProbeVerdict>();
  for (const target of facts.targets) if (target.source === 'kms-host') hosts.set(`${bare(target.name)}:${target.port}`, target.verdict);
  return { domains, published, hosts, dnsServers: facts.dnsServers };
}
