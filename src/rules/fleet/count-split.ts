import type { Rule } from '../rule.js';

/** No host reaches 25 although the fleet's clients together would (kms-facts.md §7.4): the count is split over too many hosts. */
export const fleetCountSplit: Rule = {
  id: 'fleet/count-split',
  check(facts) {
    const split = facts.fleet?.split;
    if (!split?.split) return [];
    return [{
      ruleId: 'fleet/count-split' as const,
      message: `The count is split: ${split.summary}.`,
      evidence: split.hosts.map((h) => ({ kind: 'setting' as const, ref: `${h.host}.count`, summary: `${h.host}: ${h.count ?? '?'} (${h.source})` })),
      remedy: [
        'Keep fewer hosts: retire test and rogue hosts (kmsdoctor publication --expect-host …) and remove their SRV records.',
        'Or point all clients at the same host until it reaches 25: slmgr.vbs /skms <host>:1688, or SRV priorities that prefer it (with host caching off: slmgr.vbs /ckhc).',
      ],
    }];
  },
};
