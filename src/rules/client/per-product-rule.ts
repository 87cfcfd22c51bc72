import type { RuleId } from '../../catalog/findings.js';
import type { LicensingProduct, Snapshot } from '../../snapshot/model.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/**
 * A rule checked product by product: every product `products` picks from the client's snapshot
 * activates and fails on its own, so each gives its own finding (`judge` returns null when the
 * product is fine).
 */
export function perProductRule(
  id: RuleId,
  products: (snapshot: Snapshot) => LicensingProduct[],
  judge: (product: LicensingProduct, snapshot: Snapshot) => FindingDraft<RuleId> | null,
): Rule {
  return {
    id,
    check(facts) {
      const snapshot = facts.client?.snapshot;
      if (!snapshot) return [];
      return products(snapshot).flatMap((product) => judge(product, snapshot) ?? []);
    },
  };
}
