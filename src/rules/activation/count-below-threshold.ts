import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget } from './select.js';

/** A valid answer whose count is under the product's N-policy: its clients wait (0xC004F038). */
export const activationCountBelowThreshold: Rule = {
  id: 'activation/count-below-threshold',
  check(facts) {
    const section = facts.activation;
    const response = section?.response;
    if (!section || section.probe?.status !== 'answered' || !response || response.currentCount === null || response.thresholdMet !== false) return [];
    const missing = response.minimumCount - response.currentCount;
    return [{
      ruleId: 'activation/count-below-threshold',
      message: `${activationTarget(section)} reports a count of ${response.currentCount}; ${section.product.name} needs ${response.minimumCount}, so its clients are not activated yet (0xC004F038) — ${missing} more distinct machine(s) must contact this host within 30 days. The count already includes this probe's CMID ${section.sent.fields.cmid}`,
      target: section.target.host,
      evidence: [activationEvidence(section, `current count ${response.currentCount}, threshold ${response.minimumCount} (N-policy sent)`)],
      remedy: [
        'Let more machines contact this host: the count is the number of distinct CMIDs seen in the past 30 days, servers and clients together',
        'If many machines use this host but the count stays low, look for duplicate CMIDs (images captured without sysprep /generalize): the same CMID with several names in event 12290 on the host',
        'Keep the number of KMS hosts small: each host counts separately',
        'More: kmsdoctor explain 0xC004F038',
      ],
    }];
  },
};
