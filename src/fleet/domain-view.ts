/**
 * DNS suffix groups: clients by the first domain whose `_vlmcs._tcp` they query (their primary or
 * connection suffix, or their /skms-domain lookup domain). With --probe each distinct domain was
 * asked once, and a group whose domain has no record cannot discover any host.
 */
import { msg } from '../catalog/message.js';
import type { FleetClient } from './client-row.js';
import type { DomainGroup, FleetSection } from './model.js';
import type { FleetProbeResult } from './probe.js';

export function domainView(clients: Iterable<FleetClient>, probe: FleetProbeResult | null): { domains: DomainGroup[]; discovery: FleetSection['discovery'] } {
  const discovery = { dns: 0, lookupDomain: 0, pinned: 0, noSuffix: 0, unknown: 0 };
  const counts = new Map<string, number>();
  for (const client of clients) {
    if (client.mode === 'manual') discovery.pinned += 1;
    else if (client.mode === 'lookup-domain') discovery.lookupDomain += 1;
    else if (client.mode === 'dns') discovery.dns += 1;
    else if (client.mode === 'no-suffix') discovery.noSuffix += 1;
    else discovery.unknown += 1;
    const first = client.queryDomains[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const domains = [...counts].map(([domain, count]): DomainGroup => {
    const state = probe?.domains.get(domain);
    return state
      ? { domain, clients: count, srv: state.srv, detail: state.detail, answers: state.answers, targets: state.targets }
      : { domain, clients: count, srv: 'not-probed', detail: msg('facts.fleet.domain.not-probed', { option: '--probe' }), answers: [], targets: [] };
  });
  domains.sort((a, b) => b.clients - a.clients || a.domain.localeCompare(b.domain));
  return { domains, discovery };
}

/** Every domain some client queries (first or later), each once: what --probe asks. */
export function domainsToProbe(clients: Iterable<FleetClient>): string[] {
  const all = new Set<string>();
  for (const client of clients) for (const domain of client.queryDomains) all.add(domain);
  return [...all].sort();
}
