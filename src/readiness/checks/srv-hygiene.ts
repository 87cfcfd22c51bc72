import type { RuleId } from '../../catalog/findings.js';
import { type Message, msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { sameHost } from '../model.js';

const FAIL_IDS: readonly RuleId[] = ['srv/target-unresolvable'];
const WARN_IDS: readonly RuleId[] = ['publication/stale-host', 'publication/rogue-host', 'kms/unusable-hosts-listed', 'srv/target-is-cname'];

/**
 * No stale or rogue SRV records: a listed target that does not resolve fails (stale); one that is
 * not an intended host (--expect-host) or does not work warns.
 */
export function srvHygieneCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'srv-records' as const };
  const listed = (facts.connectivity?.targets ?? []).filter((t) => t.source === 'srv');
  const related = [...FAIL_IDS, ...WARN_IDS] as readonly string[];
  const ids = [...new Set(facts.findings.map((f) => f.ruleId).filter((id): id is RuleId => related.includes(id)))];
  const probes = listed.map((t) => t.resolution.id);
  if (!facts.connectivity || facts.connectivity.domains.length === 0)
    return { ...base, state: 'not-run', detail: msg('readiness.srv-records.not-run'), evidence: { findings: ids, probes } };
  const stale = [...new Set(listed.filter((t) => t.verdict === 'unresolved').map((t) => t.name))];
  // Each with its verdict, as "host (verdict)".
  const broken = [...new Set(listed.filter((t) => t.verdict !== 'unresolved' && t.verdict !== 'ready').map((t) => `${t.name} (${t.verdict})`))];
  const rogue =
    facts.expectHosts.length > 0 ? [...new Set(listed.filter((t) => t.verdict === 'ready' && !facts.expectHosts.some((h) => sameHost(h, t.name))).map((t) => t.name))] : [];
  const parts: Message[] = [];
  if (stale.length) parts.push(msg('readiness.srv-records.problem.stale', { hosts: stale }));
  if (broken.length) parts.push(msg('readiness.srv-records.problem.not-working', { hosts: broken }));
  if (rogue.length) parts.push(msg('readiness.srv-records.problem.not-intended', { hosts: rogue }));
  const phrases = { problems: { join: 'clauses' as const, phrases: parts } };
  const failing = stale.length > 0 || ids.some((id) => FAIL_IDS.includes(id));
  if (failing) return { ...base, state: 'fail', detail: msg('readiness.srv-records.problems'), phrases, evidence: { findings: ids, probes } };
  if (parts.length > 0) return { ...base, state: 'warn', detail: msg('readiness.srv-records.problems'), phrases, evidence: { findings: ids, probes } };
  if (ids.length > 0) return { ...base, state: 'warn', detail: msg('readiness.srv-records.warn.findings', { findings: ids }), evidence: { findings: ids, probes } };
  return {
    ...base,
    state: 'pass',
    detail: msg('readiness.srv-records.pass', { count: listed.length, intended: facts.expectHosts.length > 0 }),
    evidence: { findings: ids, probes },
  };
}
