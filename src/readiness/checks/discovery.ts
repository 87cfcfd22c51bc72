import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { findingIds, sameHost } from '../model.js';

const RELATED = ['dns/srv-missing', 'dns/srv-nodata', 'dns/server-failure', 'dns/server-refused', 'dns/server-unreachable', 'dns/servers-disagree', 'dns/truncated-tcp-failed', 'dns/srv-name-is-alias', 'dns/kms-not-offered'];

/** Discovery works from each client domain (an SRV record on every server) and prefers the intended hosts. */
export function discoveryCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'discovery', title: 'Discovery works from each client domain and prefers the intended hosts' };
  const domains = facts.connectivity?.domains.filter((d) => d.role === 'query') ?? [];
  if (!facts.connectivity || domains.length === 0) return { ...base, state: 'not-run', detail: 'No client domain was given (--domain or --client-snapshot).', evidence: { findings: [], probes: [] } };
  const probes = domains.flatMap((d) => d.answers.map((a) => a.id));
  const findings = findingIds(facts, RELATED);
  const empty = domains.filter((d) => !d.answers.some((a) => (a.data?.records.length ?? 0) > 0));
  if (empty.length > 0) return { ...base, state: 'fail', detail: `No _vlmcs._tcp record found for ${empty.map((d) => d.domain).join(', ')}.`, evidence: { findings, probes } };
  const partial = domains.filter((d) => d.answers.some((a) => (a.data?.records.length ?? 0) === 0));
  const problems: string[] = [];
  if (partial.length > 0) problems.push(`not every DNS server lists records for ${partial.map((d) => d.domain).join(', ')}`);
  if (facts.expectHosts.length > 0) {
    for (const domain of domains) {
      const records = domain.answers.flatMap((a) => a.data?.records ?? []);
      const best = Math.min(...records.map((r) => r.priority));
      const preferred = [...new Set(records.filter((r) => r.priority === best).map((r) => r.target))];
      const foreign = preferred.filter((t) => !facts.expectHosts.some((h) => sameHost(h, t)));
      if (foreign.length > 0) problems.push(`${domain.domain} prefers (priority ${best}) ${foreign.join(', ')}, not an intended host`);
      else if (!preferred.some((t) => facts.expectHosts.some((h) => sameHost(h, t)))) problems.push(`${domain.domain} does not list an intended host first`);
    }
  }
  if (problems.length > 0) return { ...base, state: 'warn', detail: `${problems.join('; ')}.`, evidence: { findings, probes } };
  const expect = facts.expectHosts.length > 0 ? ', preferring the intended hosts' : '';
  return { ...base, state: 'pass', detail: `Every DNS server lists _vlmcs._tcp records for ${domains.map((d) => d.domain).join(', ')}${expect}.`, evidence: { findings, probes } };
}
