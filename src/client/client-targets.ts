import { type Endpoint, parseDomainName, parseHostName } from '../core/names.js';
import type { DirectRole } from '../engine/model.js';
import type { DiscoveryPlan } from './discovery-plan.js';

/**
 * What the network engine must probe to test a client's plan: exactly the names it will query,
 * the domains that explain a failure, the host it is pinned to and the host it cached — plus
 * anything the user named on the command line.
 */
export function targetsFromPlan(
  plan: DiscoveryPlan,
  extra: { domains: string[]; kmsHosts: Endpoint[] },
): { domains: string[]; comparisonDomains: string[]; kmsHosts: Array<Endpoint & { role: DirectRole }> } {
  checkPlanNames(plan);
  const domains = [...new Set([...plan.queryDomains, ...extra.domains])];
  const comparisonDomains = plan.comparisonDomains.filter((domain) => !domains.includes(domain));
  const hosts: Array<Endpoint & { role: DirectRole }> = [
    ...(plan.manualHost ? [{ host: plan.manualHost.host, port: plan.manualHost.port, role: 'pinned' as const }] : []),
    ...(plan.cachedHost && plan.mode !== 'manual' ? [{ host: plan.cachedHost.host, port: plan.cachedHost.port, role: 'cached' as const }] : []),
    ...extra.kmsHosts.map((host) => ({ host: host.host, port: host.port, role: 'given' as const })),
  ];
  const kmsHosts = hosts.filter((host, index) => hosts.findIndex((other) => other.host === host.host && other.port === host.port) === index);
  return { domains, comparisonDomains, kmsHosts };
}

/**
 * Names from a snapshot, slmgr text or events are checked as the same names given as flags are:
 * one that is not a valid host or domain name is bad input (exit 2, naming the field), never
 * sent to a DNS server nor probed. The client could not use such a name either. Each is named by
 * the Windows setting it came from (the same words in every language; an admin finds them in
 * slmgr /dlv, the registry and Get-DnsClient).
 */
function checkPlanNames(plan: DiscoveryPlan): void {
  if (plan.manualHost) parseHostName(plan.manualHost.host, 'KeyManagementServiceMachine');
  if (plan.cachedHost) parseHostName(plan.cachedHost.host, 'DiscoveredKeyManagementServiceMachineName');
  const lookupDomain = plan.mode === 'lookup-domain' ? plan.queryDomains[0] : undefined;
  for (const domain of [...plan.queryDomains, ...plan.comparisonDomains]) parseDomainName(domain, domain === lookupDomain ? 'KeyManagementServiceLookupDomain' : 'DnsSuffix');
}
