import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { sameHost } from '../model.js';

const FAIL_IDS = ['srv/target-unresolvable'];
const WARN_IDS = ['publication/stale-host', 'publication/rogue-host', 'kms/unusable-hosts-listed', 'srv/target-is-cname'];

/**
 * No stale or rogue SRV records: a listed target that does not resolve fails (stale); one that is
 * not an intended host (--expect-host) or does not work warns.
 */
export function srvHygieneCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'srv-records', title: 'No stale or rogue SRV records' };
  const listed = (facts.connectivity?.targets ?? []).filter((t) => t.source === 'srv');
  const ids = [...new Set(facts.findings.map((f) => f.ruleId).filter((id) => FAIL_IDS.includes(id) || WARN_IDS.includes(id)))];
  const probes = listed.map((t) => t.resolution.id);
  if (!facts.connectivity || facts.connectivity.domains.length === 0) return { ...base, state: 'not-run', detail: 'No domain was checked.', evidence: { findings: ids, probes } };
  const stale = [...new Set(listed.filter((t) => t.verdict === 'unresolved').map((t) => t.name))];
  const broken = [...new Set(listed.filter((t) => t.verdict !== 'unresolved' && t.verdict !== 'ready').map((t) => `${t.name} (${t.verdict})`))];
  const rogue = facts.expectHosts.length > 0 ? [...new Set(listed.filter((t) => t.verdict === 'ready' && !facts.expectHosts.some((h) => sameHost(h, t.name))).map((t) => t.name))] : [];
  const parts: string[] = [];
  if (stale.length) parts.push(`stale (no address): ${stale.join(', ')}`);
  if (broken.length) parts.push(`not working: ${broken.join(', ')}`);
  if (rogue.length) parts.push(`not intended: ${rogue.join(', ')}`);
  const failing = stale.length > 0 || ids.some((id) => FAIL_IDS.includes(id));
  if (failing) return { ...base, state: 'fail', detail: `${parts.join('; ')}.`, evidence: { findings: ids, probes } };
  if (parts.length > 0 || ids.length > 0) return { ...base, state: 'warn', detail: parts.length ? `${parts.join('; ')}.` : `Findings: ${ids.join(', ')}.`, evidence: { findings: ids, probes } };
  return { ...base, state: 'pass', detail: `All ${listed.length} listed target(s) resolve and work${facts.expectHosts.length ? ' and are intended' : ''}.`, evidence: { findings: ids, probes } };
}
