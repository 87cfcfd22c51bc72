import type { RuleId } from '../catalog/findings.js';
import type { Facts } from './facts.js';
import type { FindingDraft } from './types.js';

/** One check: a pure function from facts to findings, no I/O. */
export interface Rule {
  id: RuleId;
  check(facts: Facts): FindingDraft<RuleId>[];
}
