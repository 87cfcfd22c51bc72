import { msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

export const SKEW_LIMIT_MS = 4 * 60 * 60 * 1000;

/** Each client snapshot's clock is within 4 hours (UTC) of each host snapshot's clock. */
export function clockCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'clock' as const };
  const findings = findingIds(facts, ['activation/clock-skew', 'host/client-clock-skew']);
  const clients = facts.clientSnapshots.filter((c) => c.clockUtc && Number.isFinite(Date.parse(c.clockUtc)));
  const hosts = facts.hostSnapshots.filter((h) => h.clockUtc && Number.isFinite(Date.parse(h.clockUtc)));
  const probes = [...clients.map((c) => c.file), ...hosts.map((h) => h.file)];
  if (clients.length === 0 || hosts.length === 0)
    return { ...base, state: 'not-run', detail: msg('readiness.clock.not-run', { field: 'clockUtc' }), evidence: { findings, probes } };
  const skewed = [];
  let worst = 0;
  for (const c of clients) {
    for (const h of hosts) {
      const skew = Math.abs(Date.parse(c.clockUtc!) - Date.parse(h.clockUtc!));
      worst = Math.max(worst, skew);
      if (skew > SKEW_LIMIT_MS) skewed.push(msg('readiness.clock.pair', { client: c.name, host: h.name, hours: skew / 3_600_000 }));
    }
  }
  if (skewed.length > 0)
    return { ...base, state: 'fail', detail: msg('readiness.clock.fail'), phrases: { pairs: { join: 'list', phrases: skewed } }, evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: msg('readiness.clock.pass', { minutes: Math.round(worst / 60_000), limit: SKEW_LIMIT_MS / 60_000 }), evidence: { findings, probes } };
}
