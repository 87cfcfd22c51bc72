import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

const RELATED = ['host/count-below-threshold', 'host/count-split', 'activation/count-below-threshold', 'events/count-below-threshold'];

/** The count the target products need: 5 when every target is Windows Server or Office, else 25 (Windows client editions). */
export function requiredCount(targetOs: readonly string[]): number {
  if (targetOs.length > 0 && targetOs.every((t) => /server|office/i.test(t))) return 5;
  return 25;
}

/**
 * The activation count is reached, else how many distinct clients are still needed. The measured
 * activation response wins; then the hosts' own counts (snapshot, /dlv); then their 12290 logs.
 */
export function countCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'count', title: 'Activation count reached' };
  const findings = findingIds(facts, RELATED);
  const response = facts.activation?.response;
  if (response && response.currentCount !== null) {
    const need = response.minimumCount;
    const count = response.currentCount;
    const probes = facts.activation?.probe ? [facts.activation.probe.id] : [];
    const hr = response.hresult ? `, HRESULT ${response.hresult}` : '';
    if (count >= need) return { ...base, state: 'pass', detail: `The measured response reports count ${count} (needs ${need})${hr}.`, evidence: { findings, probes } };
    return { ...base, state: 'fail', detail: `The measured response reports count ${count}: ${need - count} more distinct clients needed (threshold ${need})${hr}.`, evidence: { findings, probes } };
  }
  const need = requiredCount(facts.targetOs);
  // A 12290 export is a window of the host's log: its distinct clients are a lower bound of the count,
  // unless it spans the whole 30 days; a 0x0 answer to a Licensed client needing N shows the count met N.
  const counts: Array<{ host: string; count: number; source: string; files: string[]; lowerBound: boolean }> = [];
  for (const host of facts.host?.hosts ?? []) {
    const windows = host.health?.products.find((p) => p.application === 'windows' && p.currentCount !== null);
    if (windows?.currentCount != null) counts.push({ host: host.name, count: windows.currentCount, source: 'reported', files: host.files, lowerBound: false });
    else if (host.log) {
      const w = host.log.window;
      const shown = (w.licensedAnswered?.['25'] ?? 0) > 0 ? 25 : (w.licensedAnswered?.['5'] ?? 0) > 0 ? 5 : 0;
      const source = shown > w.estimatedCount
        ? `12290 log: 0x0 answers to Licensed clients needing ${shown}`
        : `12290 log: at least ${w.distinctClients} distinct clients in this window (from ${w.from} to ${w.to})`;
      counts.push({ host: host.name, count: Math.max(w.estimatedCount, shown), source, files: host.files, lowerBound: w.coversWholeWindow !== true });
    }
  }
  if (counts.length === 0) return { ...base, state: 'not-run', detail: 'No host count known: give --host-snapshot, --kms-log or --activation-request --product.', evidence: { findings, probes: [] } };
  const probes = counts.flatMap((c) => c.files);
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  if (best.count >= need) return { ...base, state: 'pass', detail: `${best.host} count ${best.count} (${best.source}) reaches ${need}.`, evidence: { findings, probes } };
  const split = facts.host?.split?.split ? ' The count is split over several hosts.' : '';
  if (best.lowerBound) {
    return { ...base, state: 'warn', detail: `Highest count known: ${best.count} on ${best.host} (${best.source}); the export reaches back less than 30 days, so the host's count may be higher — read "Current count" on the host (slmgr /dlv). If it is ${best.count}, ${need - best.count} more distinct clients are needed to reach ${need}.${split}`, evidence: { findings, probes } };
  }
  return { ...base, state: 'fail', detail: `Highest count ${best.count} on ${best.host} (${best.source}): ${need - best.count} more distinct clients needed to reach ${need}.${split}`, evidence: { findings, probes } };
}
