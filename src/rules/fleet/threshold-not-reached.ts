import type { Rule } from '../rule.js';

/**
 * A host that Windows client editions go to reports a count below 25, so it does not activate
 * them (0xC004F038) while servers and Office (5) may be. Only the host's own count decides: the
 * fleet's clients are a lower bound of who reaches it (machines outside the input count too), so
 * without the host's snapshot nothing is claimed.
 */
export const fleetThresholdNotReached: Rule = {
  id: 'fleet/threshold-not-reached',
  check(facts) {
    const fleet = facts.fleet;
    if (!fleet) return [];
    return fleet.hosts.filter((h) => h.needs25 > 0 && h.reportedCount !== null && h.reportedCount < 25).map((h) => {
      const count = h.reportedCount!;
      const lost = h.clients - h.distinctCmids;
      return {
        ruleId: 'fleet/threshold-not-reached' as const,
        message:
          `${h.needs25} Windows client editions go to ${h.host}, which reports a count of ${count} — below 25, so it does not activate them (0xC004F038)` +
          `${h.needs5 + h.office > 0 ? ` (the ${h.needs5} servers and ${h.office} Office clients need only 5)` : ''}${lost > 0 ? `; ${lost} of its clients are clones that count once` : ''}.`,
        target: h.host,
        evidence: [{ kind: 'setting' as const, ref: `${h.host}.count`,  summary: `count ${count} reported by the host; ${h.needs25} need 25, ${h.needs5} need 5, ${h.office} Office` }],
        remedy: [
          ...(lost > 0 ? ['Fix the clone groups first (see fleet/duplicate-cmid): each clone adds nothing to the count.'] : []),
          'Bring 25 distinct Windows clients (or 5 servers, which count too) to one host; the count holds the CMIDs of the last 30 days.',
          'Check the host itself: kmsdoctor analyze <host snapshot> <its 12290 export>.',
        ],
      };
    });
  },
};
