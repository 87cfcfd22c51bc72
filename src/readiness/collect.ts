/**
 * Gathers the readiness facts once: reads the client and host files, runs the connectivity probes
 * (every client domain, every intended host) once, sends the optional activation request, and
 * evaluates the rules. The checks (./checks) are then pure functions over the result.
 */

import { basename } from 'node:path';
import type { Locale } from '../catalog/catalogs.js';
import { checkedInput, inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { planDiscovery } from '../client/discovery-plan.js';
import { sniffInput } from '../client/sniff-input.js';
import { type Endpoint, parseDomainName } from '../core/names.js';
import { KMS_PORT } from '../core/ports.js';
import { parseDlv, readDlvText } from '../dlv/parse-dlv.js';
import type { DnsServer } from '../dns/exchange.js';
import type { ActivationSection } from '../engine/activation.js';
import type { ActivationHook } from '../engine/activation-result.js';
import { checkConnectivity } from '../engine/connectivity.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { ProbeRunner } from '../engine/probe-runner.js';
import { epidsFromDlvText, hostHealth, isHostSnapshot } from '../host/health.js';
import { keyCoverage, targetCovered } from '../host/key-coverage.js';
import { analyzeKmsLog } from '../host/kms-log.js';
import { buildHostFacts, type HostLogInput, type HostSnapshotInput } from '../host/load-host.js';
import { evaluate } from '../rules/index.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { namingFile } from '../snapshot/notes.js';
import type { ClientSnapshotFacts, CoverageFact, FirewallFacts, HostSnapshotFacts, ReadinessFacts } from './model.js';
import { sameHost } from './model.js';

export interface ReadinessInputs {
  /** The language the findings are written in (default English). */
  locale?: Locale;
  domains: string[];
  clientSnapshots: string[];
  hostSnapshots: string[];
  kmsLogs: string[];
  expectHosts: string[];
  /** Resolved product names (resolveTarget). */
  targetOs: string[];
  dnsServers: DnsServer[];
  timeoutMs: number;
  deadlineMs: number;
  /** The run's one deadline (runDeadline); both probe passes and the activation request end by it. */
  deadline: AbortSignal | undefined;
  /** The run's one probe runner, shared by both probe passes (its bound, its stream). */
  runner?: ProbeRunner | null | undefined;
  /** Probes in flight at once (64 when not given). */
  concurrency?: number | undefined;
  /** The activation request hook (connectivityActivation), or null. */
  activation: ActivationHook | null;
}

/** The firewall part of a host snapshot, read defensively: the field is new and may be absent. */
type MaybeFirewall = { firewall?: { kmsRuleEnabled?: unknown; kmsRuleProfiles?: unknown } | null };

export function firewallOf(snapshot: Snapshot): FirewallFacts | null | undefined {
  const raw = (snapshot as unknown as MaybeFirewall).firewall;
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object') return null;
  const enabled = raw?.kmsRuleEnabled;
  const profiles = raw?.kmsRuleProfiles;
  return {
    kmsRuleEnabled: typeof enabled === 'boolean' ? enabled : null,
    kmsRuleProfiles: Array.isArray(profiles) ? profiles.filter((p): p is string => typeof p === 'string') : [],
  };
}

function machineName(snapshot: Snapshot, path: string): string {
  const { name, domain } = snapshot.computer;
  if (!name) return basename(path);
  return (domain && !name.includes('.') ? `${name}.${domain}` : name).toLowerCase();
}

async function readHostInput(path: string): Promise<HostSnapshotInput> {
  const kind = await sniffInput(path);
  if (kind === 'snapshot') {
    const snapshot = await loadSnapshot(path);
    if (!isHostSnapshot(snapshot)) throw inputError('usage-error.readiness.host-not-kms', { flag: '--host-snapshot', path, value: 'IsKeyManagementServiceMachine' });
    return { path, snapshot };
  }
  if (kind === 'dlv') {
    const text = await readDlvText(path);
    const snapshot = parseDlv(text).snapshot;
    if (!isHostSnapshot(snapshot)) throw inputError('usage-error.readiness.dlv-not-kms', { flag: '--host-snapshot', path });
    return { path, snapshot: namingFile(snapshot, path), epids: epidsFromDlvText(text) };
  }
  throw inputError('usage-error.readiness.host-unrecognized', { flag: '--host-snapshot', path });
}

async function readKmsLog(path: string): Promise<HostLogInput> {
  const kind = await sniffInput(path);
  if (kind !== 'events') throw inputError('usage-error.readiness.log-not-events', { flag: '--kms-log', path });
  const { analysis, analyzer } = await analyzeKmsLog(path);
  if (analysis.hostRequests === 0) throw inputError('usage-error.readiness.log-no-12290', { flag: '--kms-log', path });
  return { path, analysis, analyzer };
}

/** The client and host files and the hosts' logs, read and checked. */
export interface ReadinessFiles {
  clients: Array<{ path: string; snapshot: Snapshot }>;
  hostInputs: HostSnapshotInput[];
  logs: HostLogInput[];
}

/** Reads every file first: a bad file fails before any probe is sent. */
export async function readReadinessFiles(inputs: Pick<ReadinessInputs, 'clientSnapshots' | 'hostSnapshots' | 'kmsLogs'>): Promise<ReadinessFiles> {
  const clients: ReadinessFiles['clients'] = [];
  for (const path of inputs.clientSnapshots) clients.push({ path, snapshot: await loadSnapshot(path) });
  const hostInputs: HostSnapshotInput[] = [];
  for (const path of inputs.hostSnapshots) hostInputs.push(await readHostInput(path));
  const logs: HostLogInput[] = [];
  for (const path of inputs.kmsLogs) logs.push(await readKmsLog(path));
  return { clients, hostInputs, logs };
}

/** The facts of one readiness run; `files` when the caller read them already (readReadinessFiles). */
export async function collectReadinessFacts(inputs: ReadinessInputs, files?: ReadinessFiles): Promise<{ facts: ReadinessFacts; notes: string[] }> {
  const notes: string[] = [];
  const { clients, hostInputs, logs } = files ?? (await readReadinessFiles(inputs));

  const domains = [...inputs.domains];
  for (const { path, snapshot } of clients) {
    const plan = planDiscovery(snapshot);
    if (plan.queryDomains.length === 0) notes.push(render(msg('readiness.note.no-suffixes', { path }), inputs.locale));
    // A snapshot's names are checked as --domain is: a hostile one is bad input, never queried.
    for (const domain of plan.queryDomains.map((name) => checkedInput(() => parseDomainName(name, msg('usage-error.readiness.suffix-in', { path })))))
      if (!domains.includes(domain)) domains.push(domain);
  }
  const host = buildHostFacts(hostInputs, logs, inputs.targetOs[0] ?? null) ?? null;
  const coverage: CoverageFact[] = [];
  for (const target of inputs.targetOs) {
    for (const { path, snapshot, epids } of hostInputs) {
      const rows = hostHealth(snapshot, epids ?? {}).products.map((p) => {
        const product = snapshot.products.find((x) => x.id === p.id)!;
        return keyCoverage(
          { id: product.id, name: product.name, description: product.description, applicationId: product.applicationId, epid: epids?.[product.id.toLowerCase()] ?? null },
          target,
        );
      });
      const covering = rows.filter((r) => r.target?.covered === true);
      const listed = covering.some((r) => r.target!.listed === true) ? true : covering.some((r) => r.target!.listed === false) ? false : null;
      coverage.push({ target, host: machineName(snapshot, path), covered: targetCovered(rows), listed, key: rows.map((r) => r.key).find((k) => k !== null) ?? null });
    }
  }

  let connectivity: ConnectivityFacts | null = null;
  let activation: ActivationSection | null = null;
  const options = {
    dnsServers: inputs.dnsServers,
    timeoutMs: inputs.timeoutMs,
    deadlineMs: inputs.deadlineMs,
    ...(inputs.deadline && { signal: inputs.deadline }),
    concurrency: inputs.concurrency ?? 64,
    runner: inputs.runner,
  };
  if (domains.length > 0) connectivity = await checkConnectivity({ ...options, domains, kmsHosts: [] });
  // Intended hosts DNS does not list are probed directly (on the port their snapshot names, else 1688); listed ones were probed already.
  const unlisted = inputs.expectHosts.filter((name) => !connectivity?.targets.some((t) => sameHost(t.name, name)));
  if (unlisted.length > 0) {
    const kmsHosts: Endpoint[] = unlisted.map((name) => ({
      host: name,
      port: hostInputs.find(({ path, snapshot }) => sameHost(machineName(snapshot, path), name))?.snapshot.service?.listeningPort || KMS_PORT,
    }));
    const direct = await checkConnectivity({ ...options, domains: [], kmsHosts });
    connectivity = connectivity ? { ...connectivity, targets: [...connectivity.targets, ...direct.targets] } : direct;
  }
  if (connectivity && inputs.activation) activation = await inputs.activation(connectivity, inputs.deadline, inputs.runner);
  const findings = evaluate({ ...(connectivity ? { connectivity } : {}), ...(host ? { host } : {}), ...(activation ? { activation } : {}) }, inputs.locale);
  const hostSnapshots: HostSnapshotFacts[] = hostInputs.map(({ path, snapshot }) => ({
    name: machineName(snapshot, path),
    file: path,
    clockUtc: snapshot.clockUtc,
    firewall: firewallOf(snapshot),
  }));
  const clientSnapshots: ClientSnapshotFacts[] = clients.map(({ path, snapshot }) => ({ name: machineName(snapshot, path), file: path, clockUtc: snapshot.clockUtc }));
  return {
    facts: { domains, expectHosts: inputs.expectHosts, targetOs: inputs.targetOs, connectivity, findings, host, hostSnapshots, clientSnapshots, coverage, activation },
    notes,
  };
}
