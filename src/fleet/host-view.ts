/**
 * Where the fleet's clients go: per host (the /skms pin, else the cached host) how many clients,
 * pinned or cached, how many distinct CMIDs they can add to its count, and the threshold mix —
 * Windows client editions need 25, servers 5, Office 5 — against what the host reports. Then the
 * count split over several hosts (kms-facts.md §7.4), through the host module's splitCount.
 */
import type { KmsLogAnalyzer } from '../host/kms-log.js';
import { analyzeKmsEvents } from '../host/kms-log.js';
import { splitCount } from '../host/split-count.js';
import type { FleetClient, FleetHost } from './client-row.js';
import type { HostUse, SplitView } from './model.js';
import type { FleetProbeResult } from './probe.js';

const shortName = (name: string) => name.split('.')[0] ?? name;
const hostPart = (endpoint: string) => endpoint.replace(/:\d+$/, '');

/** The host snapshot a client's `host:port` names: the same FQDN, else the same short name. */
export function findHost(endpoint: string, hosts: ReadonlyMap<string, FleetHost>): FleetHost | undefined {
  const name = hostPart(endpoint);
  return hosts.get(name) ?? [...hosts.values()].find((h) => shortName(h.name) === shortName(name));
}

export interface HostLog {
  host: string | null;
  analyzer: KmsLogAnalyzer;
}

export function hostView(
  clients: Iterable<FleetClient>,
  hosts: ReadonlyMap<string, FleetHost>,
  logs: readonly HostLog[],
  probe: FleetProbeResult | null,
): { hosts: HostUse[]; split: SplitView | null } {
  const uses = new Map<string, HostUse & { cmids: Map<string, number | null> }>();
  const use = (endpoint: string) => {
    let entry = uses.get(endpoint);
    if (!entry) {
      const known = findHost(endpoint, hosts);
      entry = {
        host: endpoint,
        clients: 0,
        pinned: 0,
        cached: 0,
        distinctCmids: 0,
        needs25: 0,
        needs5: 0,
        office: 0,
        known: known !== undefined,
        reportedCount: known?.currentCount ?? null,
        published: probe ? probe.published.has(hostPart(endpoint)) : null,
        reachable: probe ? (probe.hosts.get(endpoint) ?? null) : null,
        cmids: new Map(),
      };
      uses.set(endpoint, entry);
    }
    return entry;
  };
  for (const client of clients) {
    if (!client.host) continue;
    const entry = use(client.host);
    entry.clients += 1;
    if (client.hostRole === 'pinned') entry.pinned += 1;
    else entry.cached += 1;
    const windows = client.products.find((p) => p.kind === 'windows' && p.threshold !== null);
    if (windows?.threshold === 25) entry.needs25 += 1;
    else if (windows?.threshold === 5) entry.needs5 += 1;
    if (client.products.some((p) => p.kind === 'office' && p.threshold !== null)) entry.office += 1;
    if (client.cmid) entry.cmids.set(client.cmid, windows?.threshold ?? null);
  }
  // Every host snapshot is a host of the fleet, even one no client names.
  for (const host of hosts.values()) {
    if (![...uses.keys()].some((endpoint) => findHost(endpoint, hosts) === host)) use(`${host.name}:${host.listeningPort ?? 1688}`);
  }
  const list = [...uses.values()].sort((a, b) => b.clients - a.clients || a.host.localeCompare(b.host));
  for (const entry of list) entry.distinctCmids = entry.cmids.size;
  let split: SplitView | null = null;
  if (list.length >= 2) {
    const inputs = list.map((entry) => {
      const known = findHost(entry.host, hosts);
      const log =
        logs.find((l) => l.host !== null && shortName(l.host.toLowerCase()) === shortName(hostPart(entry.host)))?.analyzer ??
        (known?.snapshot.events.some((e) => e.id === 12290) ? analyzeKmsEvents(known.snapshot.events.filter((e) => e.id === 12290)).analyzer : undefined);
      return { entry, log, input: { host: entry.host, reportedCount: entry.reportedCount, recentCmids: log ? log.recentCmids() : entry.cmids } };
    });
    const result = splitCount(inputs.map((i) => i.input));
    split = {
      split: result.split,
      summary: result.summary,
      hosts: result.hosts.map((h, index) => ({
        host: h.host,
        count: h.count,
        source: h.source === 'log' && !inputs[index]!.log ? 'fleet' : h.source,
        reachesClientThreshold: h.reachesClientThreshold,
      })),
    };
  }
  return { hosts: list.map(({ cmids: _cmids, ...entry }) => entry), split };
}
