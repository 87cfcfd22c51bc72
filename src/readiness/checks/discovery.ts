import type { RuleId } from '../../catalog/findings.js';
import { type Message, msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { findingIds, sameHost } from '../model.js';

const RELATED: readonly RuleId[] = [
  'dns/srv-missing',
  'dns/srv-nodata',
  'dns/server-failure',
  'dns/server-refused',
  'dns/server-unreachable',
  'dns/servers-disagree',
  'dns/truncated-tcp-failed',
  'dns/srv-name-is-alias',
  'dns/kms-not-offered',
];

/** Discovery works from each client domain (an SRV record on every server) and prefers the intended hosts. */
export function discoveryCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'discovery' as const };
  const domains = facts.connectivity?.domains.filter((d) => d.role === 'query') ?? [];
  if (!facts.connectivity || domains.length === 0) {
    return {
      ...base,
      state: 'not-run',
      detail: msg('readiness.discovery.not-run', { domainOption: '--domain', snapshotOption: '--client-snapshot' }),
      evidence: { findings: [], probes: [] },
    };
  }
  const probes = domains.flatMap((d) => d.answers.map((a) => a.id));
  const findings = findingIds(facts, RELATED);
  const empty = domains.filter((d) => !d.answers.some((a) => (a.data?.records.length ?? 0) > 0));
  if (empty.length > 0) return { ...base, state: 'fail', detail: msg('readiness.discovery.fail', { domains: empty.map((d) => d.domain) }), evidence: { findings, probes } };
  const partial = domains.filter((d) => d.answers.some((a) => (a.data?.records.length ?? 0) === 0));
  const problems: Message[] = [];
  if (partial.length > 0) problems.push(msg('readiness.discovery.problem.partial', { domains: partial.map((d) => d.domain) }));
  if (facts.expectHosts.length > 0) {
    for (const domain of domains) {
      const records = domain.answers.flatMap((a) => a.data?.records ?? []);
      const best = Math.min(...records.map((r) => r.priority));
      const preferred = [...new Set(records.filter((r) => r.priority === best).map((r) => r.target))];
      const foreign = preferred.filter((t) => !facts.expectHosts.some((h) => sameHost(h, t)));
      if (foreign.length > 0) problems.push(msg('readiness.discovery.problem.foreign-preferred', { domain: domain.domain, priority: best, targets: foreign }));
      else if (!preferred.some((t) => facts.expectHosts.some((h) => sameHost(h, t))))
        problems.push(msg('readiness.discovery.problem.intended-not-first', { domain: domain.domain }));
    }
  }
  if (problems.length > 0)
    return { ...base, state: 'warn', detail: msg('readiness.discovery.warn'), phrases: { problems: { join: 'clauses', phrases: problems } }, evidence: { findings, probes } };
  return {
    ...base,
    state: 'pass',
    detail: msg('readiness.discovery.pass', { domains: domains.map((d) => d.domain), preferIntended: facts.expectHosts.length > 0 }),
    evidence: { findings, probes },
  };
}
