import type { Endpoint } from '../core/names.js';
import type { DiscoveryPlan } from './discovery-plan.js';

/**
 * What the network engine must probe to test a client's plan: exactly the names it will query,
 * the domains that explain a failure, the host it is pinned to and the host it cached — plus
 * anything the user named on the command line.
 */
export function targetsFromPlan(plan: DiscoveryPlan, extra: { domains: string[]; kmsHosts: Endpoint[] }): { domains: string[]; kmsHosts: Endpoint[] } {
  const domains = [...new Set([...plan.queryDomains, ...plan.comparisonDomains, ...extra.domains])];
  const hosts = [plan.manualHost, plan.mode === 'manual' ? null : plan.cachedHost, ...extra.kmsHosts].filter((host): host is Endpoint => host !== null);
  const kmsHosts = hosts.filter((host, index) => hosts.findIndex((other) => other.host === host.host && other.port === host.port) === index).map(({ host, port }) => ({ host, port }));
  return { domains, kmsHosts };
}
