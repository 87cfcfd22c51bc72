import type { Rule } from '../rule.js';

/** Clients whose clocks are more than 4 hours off the host's: the host refuses them with 0xC004F06C. */
export const fleetClockSkew: Rule = {
  id: 'fleet/clock-skew',
  check(facts) {
    const clock = facts.fleet?.clock;
    if (!clock || (clock.skewedTotal === 0 && clock.refusedByHosts === 0)) return [];
    return [{
      ruleId: 'fleet/clock-skew' as const,
      message:
        (clock.skewedTotal > 0
          ? `${clock.skewedTotal} clients' clocks differ from their host's by more than 4 hours (largest: ${clock.skewed[0]!.name}, ${Math.round(clock.skewed[0]!.skewMinutes / 6) / 10} h against ${clock.skewed[0]!.against})`
          : 'No client snapshot shows a clock more than 4 hours off') +
        `${clock.refusedByHosts > 0 ? `; the hosts' logs show ${clock.refusedByHosts} requests refused for their time (0xC004F06C)` : ''}.`,
      evidence: clock.skewed.slice(0, 10).map((s) => ({ kind: 'setting' as const, ref: `${s.name}.clockUtc`, summary: `${s.skewMinutes} minutes against ${s.against}` })),
      remedy: ['Resynchronise those clocks: w32tm /resync; domain members take their time from the domain hierarchy (w32tm /query /status).'],
    }];
  },
};
