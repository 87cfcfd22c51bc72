import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

export const SKEW_LIMIT_MS = 4 * 60 * 60 * 1000;

/** Each client snapshot's clock is within 4 hours (UTC) of each host snapshot's clock. */
export function clockCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'clock', title: 'Clocks within 4 hours (clients vs hosts)' };
  const findings = findingIds(facts, ['activation/clock-skew', 'host/client-clock-skew']);
  const clients = facts.clientSnapshots.filter((c) => c.clockUtc && Number.isFinite(Date.parse(c.clockUtc)));
  const hosts = facts.hostSnapshots.filter((h) => h.clockUtc && Number.isFinite(Date.parse(h.clockUtc)));
  const probes = [...clients.map((c) => c.file), ...hosts.map((h) => h.file)];
  if (clients.length === 0 || hosts.length === 0) return { ...base, state: 'not-run', detail: 'Needs a client snapshot and a host snapshot, both with clockUtc.', evidence: { findings, probes } };
  const skewed: string[] = [];
  let worst = 0;
  for (const c of clients) {
    for (const h of hosts) {
      const skew = Math.abs(Date.parse(c.clockUtc!) - Date.parse(h.clockUtc!));
      worst = Math.max(worst, skew);
      if (skew > SKEW_LIMIT_MS) skewed.push(`${c.name} vs ${h.name} ${(skew / 3_600_000).toFixed(1)} h`);
    }
  }
  if (skewed.length > 0) return { ...base, state: 'fail', detail: `More than 4 hours apart: ${skewed.join(', ')}.`, evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: `Largest difference ${(worst / 60_000).toFixed(0)} min (limit 240 min).`, evidence: { findings, probes } };
}
