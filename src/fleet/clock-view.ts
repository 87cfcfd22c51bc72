/**
 * Clock spread against the KMS hosts: a host refuses request times more than 4 hours off (in UTC).
 * Each client's clock is compared with the clock of the host it goes to when that host's snapshot
 * is in the input, else with the median of the hosts' clocks. Both clocks are read when each
 * snapshot was collected, so the comparison holds for snapshots collected in one sweep (as
 * Invoke-KmsFleetCollection does); the hosts' own 12290 logs, when given, add the requests they
 * actually refused for their time.
 */
import { msg } from '../catalog/message.js';
import type { FleetClient, FleetHost } from './client-row.js';
import { findHost, type HostLog } from './host-view.js';
import { type ClockView, LIST_CAP, SKEW_LIMIT_MINUTES } from './model.js';

export const SKEW_BUCKETS: ReadonlyArray<{ label: string; max: number }> = [
  { label: '< 5 min', max: 5 },
  { label: '5–60 min', max: 60 },
  { label: '1–4 h', max: SKEW_LIMIT_MINUTES },
  { label: '> 4 h', max: Infinity },
];

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function clockView(clients: Iterable<FleetClient>, hosts: ReadonlyMap<string, FleetHost>, logs: readonly HostLog[]): ClockView {
  const hostClock = new Map([...hosts.values()].map((h) => [h.name, h.clockUtc ? Date.parse(h.clockUtc) : NaN] as const));
  const valid = [...hostClock.values()].filter(Number.isFinite);
  const fallback = median(valid);
  const buckets = SKEW_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  const skewed: ClockView['skewed'] = [];
  let compared = 0;
  let notCompared = 0;
  for (const client of clients) {
    const clock = client.clockUtc ? Date.parse(client.clockUtc) : NaN;
    const own = client.host ? findHost(client.host, hosts) : undefined;
    const ownClock = own ? hostClock.get(own.name) : undefined;
    const reference = ownClock !== undefined && Number.isFinite(ownClock) ? ownClock : fallback;
    if (!Number.isFinite(clock) || reference === null) {
      notCompared += 1;
      continue;
    }
    compared += 1;
    const skew = (clock - reference) / 60_000;
    buckets[SKEW_BUCKETS.findIndex((b) => Math.abs(skew) <= b.max)]!.count += 1;
    if (Math.abs(skew) > SKEW_LIMIT_MINUTES)
      skewed.push({ name: client.name, skewMinutes: Math.round(skew), againstHost: own && ownClock !== undefined && Number.isFinite(ownClock) ? own.name : null });
  }
  skewed.sort((a, b) => Math.abs(b.skewMinutes) - Math.abs(a.skewMinutes) || a.name.localeCompare(b.name));
  return {
    limitMinutes: SKEW_LIMIT_MINUTES,
    reference: msg(valid.length === 0 ? 'facts.fleet.clock.reference.none' : 'facts.fleet.clock.reference.hosts'),
    compared,
    notCompared,
    buckets,
    skewed: skewed.slice(0, LIST_CAP),
    skewedTotal: skewed.length,
    refusedByHosts: logs.reduce((sum, log) => sum + log.analyzer.result().clockSkew.requests, 0),
  };
}
