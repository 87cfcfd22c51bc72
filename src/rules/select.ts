import type { SrvData } from '../../probes/srv-discovery.js';
import type { ProbeResult } from '../core/result.js';
import type { DomainDiscovery, KmsTarget, TargetEndpoint } from '../engine/model.js';
import type { Facts } from './facts.js';

/** Every SRV answer, with the domain it belongs to. */
export function srvAnswers(facts: Facts): Array<{ discovery: DomainDiscovery; answer: ProbeResult<SrvData> }> {
  return (facts.connectivity?.domains ?? []).flatMap((discovery) => discovery.answers.map((answer) => ({ discovery, answer })));
}

/**
 * Every address of every target, once per address and port: a host listed in two domains
 * or by two servers is still one machine to fix.
 */
export function endpoints(facts: Facts): Array<{ target: KmsTarget; endpoint: TargetEndpoint }> {
  const seen = new Set<string>();
  const out: Array<{ target: KmsTarget; endpoint: TargetEndpoint }> = [];
  for (const target of facts.connectivity?.targets ?? []) {
    for (const endpoint of target.endpoints) {
      const key = `${target.name}|${endpoint.address}|${target.port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ target, endpoint });
    }
  }
  return out;
}

/** Targets a client could use: direct ones and those of the domains it searches (not comparison domains). */
export function usableCandidates(facts: Facts): KmsTarget[] {
  const comparison = new Set((facts.connectivity?.domains ?? []).filter((discovery) => discovery.role === 'comparison').map((discovery) => discovery.domain));
  return uniqueTargets(facts).filter((target) => target.source !== 'srv' || !comparison.has(target.domain ?? ''));
}

/** Targets once per name and port. */
export function uniqueTargets(facts: Facts): KmsTarget[] {
  const seen = new Set<string>();
  return (facts.connectivity?.targets ?? []).filter((target) => {
    const key = `${target.name}:${target.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function hostPort(target: { name: string; port: number }): string {
  return target.name.includes(':') ? `[${target.name}]:${target.port}` : `${target.name}:${target.port}`;
}
