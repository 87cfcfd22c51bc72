import type { KmsTarget } from '../../engine/model.js';
import type { Facts } from '../facts.js';

/** The target the engine probed for a host the client will contact directly (manual or cached). */
export function directTarget(facts: Facts, host: string, port: number): KmsTarget | undefined {
  return facts.connectivity?.targets.find((target) => target.source === 'kms-host' && target.name === host && target.port === port);
}

/** SRV targets DNS lists for the given domains, in the client's order. */
export function srvTargetsIn(facts: Facts, domains: string[]): KmsTarget[] {
  return (facts.connectivity?.targets ?? []).filter((target) => target.source === 'srv' && target.domain !== undefined && domains.includes(target.domain));
}

/** The discovery answers for one domain. */
export function discoveryOf(facts: Facts, domain: string) {
  return facts.connectivity?.domains.find((discovery) => discovery.domain === domain);
}

export const USABLE = new Set(['ready', 'port-open', 'not-tested']);

/** A domain "has records" when any server returned SRV data for it. */
export function hasRecords(facts: Facts, domain: string): boolean {
  return discoveryOf(facts, domain)?.answers.some((answer) => (answer.data?.records.length ?? 0) > 0) ?? false;
}
