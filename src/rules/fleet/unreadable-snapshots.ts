import type { Rule } from '../rule.js';

/** Files in the fleet input that are not valid snapshots: those machines are not in any figure. */
export const fleetUnreadableSnapshots: Rule = {
  id: 'fleet/unreadable-snapshots',
  check(facts) {
    const fleet = facts.fleet;
    if (!fleet || fleet.unreadableTotal === 0) return [];
    return [{
      ruleId: 'fleet/unreadable-snapshots' as const,
      message: `${fleet.unreadableTotal} files could not be read as snapshots and are left out of every figure (first: ${fleet.unreadable[0]!.reason}).`,
      evidence: fleet.unreadable.slice(0, 10).map((u) => ({ kind: 'setting' as const, ref: u.file, summary: u.reason })),
      remedy: ['Collect those machines again: Invoke-KmsFleetCollection -ComputerName <names> -OutDirectory <dir> -Force, or kmsdoctor collect on each.'],
    }];
  },
};
