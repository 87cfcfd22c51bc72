import type { RuleId } from '../../catalog/findings.js';
import type { FleetFacts, HostUse } from '../../fleet/model.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/** A fleet finding as its rule states it: the rule's id is added by the factory. */
export type FleetFinding = Omit<FindingDraft, 'ruleId'>;

/** A rule over the fleet's aggregates: it says nothing when the input is not a fleet. */
export function fleetRule(id: RuleId, judge: (fleet: FleetFacts) => FleetFinding[]): Rule {
  return {
    id,
    check(facts) {
      return facts.fleet ? judge(facts.fleet).map((finding) => ({ ruleId: id, ...finding })) : [];
    },
  };
}

/**
 * A rule judging each KMS host the fleet's clients go to on its own: one finding for every host
 * `concerns` picks, aimed at that host.
 */
export function fleetHostRule(
  id: RuleId,
  concerns: (host: HostUse, fleet: FleetFacts) => boolean,
  judge: (host: HostUse, fleet: FleetFacts) => Omit<FleetFinding, 'target'>,
): Rule {
  return fleetRule(id, (fleet) => fleet.hosts.filter((host) => concerns(host, fleet)).map((host) => ({ ...judge(host, fleet), target: host.host })));
}
