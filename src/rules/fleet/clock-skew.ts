import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** Clients whose clocks are more than 4 hours off the host's: the host refuses them with 0xC004F06C. */
export const fleetClockSkew = fleetRule('fleet/clock-skew', ({ clock }) => {
  if (clock.skewedTotal === 0 && clock.refusedByHosts === 0) return [];
  const largest = clock.skewed[0];
  return [
    {
      args: {
        skewedTotal: clock.skewedTotal,
        refusedByHosts: clock.refusedByHosts,
        ...(clock.skewedTotal > 0 && largest ? { largest: largest.name, largestHours: Math.round(largest.skewMinutes / 6) / 10, against: largest.againstHost } : {}),
      },
      message: msg(clock.skewedTotal > 0 ? 'fleet/clock-skew.message.skewed' : 'fleet/clock-skew.message.refused-only'),
      evidence: clock.skewed.slice(0, 10).map((s) => ({
        kind: 'setting' as const,
        ref: `${s.name}.clockUtc`,
        summary: msg('fleet/clock-skew.evidence', { minutes: s.skewMinutes, against: msg('facts.fleet.clock.against', { host: s.againstHost }) }),
      })),
      remedy: [msg('fleet/clock-skew.remedy.resync', { resync: 'w32tm /resync', status: 'w32tm /query /status' })],
    },
  ];
});
