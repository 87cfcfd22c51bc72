import type { RuleId } from '../../catalog/findings.js';
import type { DiscoveryPlan, PlannedHost } from '../../client/discovery-plan.js';
import type { Facts } from '../facts.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/**
 * A rule about the host a client remembers from its last activation. Only a client that finds
 * its host through DNS has one that matters: a manual host is used whatever was cached.
 */
export function cachedHostRule(id: RuleId, check: (facts: Facts, plan: DiscoveryPlan, cached: PlannedHost) => FindingDraft<RuleId>[]): Rule {
  return {
    id,
    check(facts) {
      const plan = facts.client?.plan;
      const cached = plan?.cachedHost;
      return plan && cached && plan.mode !== 'manual' ? check(facts, plan, cached) : [];
    },
  };
}
