import type { RuleId } from '../../catalog/findings.js';
import { type Message, msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

const RELATED: readonly RuleId[] = ['host/count-below-threshold', 'host/count-split', 'activation/count-below-threshold', 'events/count-below-threshold'];

/** The count the target products need: 5 when every target is Windows Server or Office, else 25 (Windows client editions). */
export function requiredCount(targetOs: readonly string[]): number {
  if (targetOs.length > 0 && targetOs.every((t) => /server|office/i.test(t))) return 5;
  return 25;
}

/**
 * The activation count is reached, else how many distinct clients are still needed. The measured
 * activation response wins; then the hosts' own counts (snapshot, /dlv); then their 12290 logs.
 */
export function countCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'count' as const };
  const findings = findingIds(facts, RELATED);
  const response = facts.activation?.response;
  if (response && response.currentCount !== null) {
    const need = response.minimumCount;
    const count = response.currentCount;
    const probes = facts.activation?.probe ? [facts.activation.probe.id] : [];
    const args = { count, need, missing: need - count, code: response.hresult || null };
    if (count >= need) return { ...base, state: 'pass', detail: msg('readiness.count.measured-pass', args), evidence: { findings, probes } };
    return { ...base, state: 'fail', detail: msg('readiness.count.measured-fail', args), evidence: { findings, probes } };
  }
  const need = requiredCount(facts.targetOs);
  // A 12290 export is a window of the host's log: its distinct clients are a lower bound of the count,
  // unless it spans the whole 30 days; a 0x0 answer to a Licensed client needing N shows the count met N.
  const counts: Array<{ host: string; count: number; source: Message; files: string[]; lowerBound: boolean }> = [];
  for (const host of facts.host?.hosts ?? []) {
    const windows = host.health?.products.find((p) => p.application === 'windows' && p.currentCount !== null);
    if (windows?.currentCount != null)
      counts.push({ host: host.name, count: windows.currentCount, source: msg('readiness.count.source.reported'), files: host.files, lowerBound: false });
    else if (host.log) {
      const w = host.log.window;
      const shown = (w.licensedAnswered?.['25'] ?? 0) > 0 ? 25 : (w.licensedAnswered?.['5'] ?? 0) > 0 ? 5 : 0;
      const source =
        shown > w.estimatedCount
          ? msg('readiness.count.source.licensed-answers', { shown })
          : msg('readiness.count.source.log-window', { distinctClients: w.distinctClients, from: w.from, to: w.to });
      counts.push({ host: host.name, count: Math.max(w.estimatedCount, shown), source, files: host.files, lowerBound: w.coversWholeWindow !== true });
    }
  }
  if (counts.length === 0) {
    return {
      ...base,
      state: 'not-run',
      detail: msg('readiness.count.not-run', { hostSnapshot: '--host-snapshot', kmsLog: '--kms-log', activationRequest: '--activation-request --product' }),
      evidence: { findings, probes: [] },
    };
  }
  const probes = counts.flatMap((c) => c.files);
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  const args = { host: best.host, count: best.count, need, missing: need - best.count, split: facts.host?.split?.split === true };
  const phrases = { source: { join: 'list' as const, phrases: [best.source] } };
  if (best.count >= need) return { ...base, state: 'pass', detail: msg('readiness.count.pass', args), phrases, evidence: { findings, probes } };
  if (best.lowerBound)
    return { ...base, state: 'warn', detail: msg('readiness.count.warn', { ...args, field: 'Current count', command: 'slmgr /dlv' }), phrases, evidence: { findings, probes } };
  return { ...base, state: 'fail', detail: msg('readiness.count.fail', args), phrases, evidence: { findings, probes } };
}
