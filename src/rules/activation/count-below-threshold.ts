import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { moreRemedy } from './remedies.js';
import { activationEvidence, requestArgs } from './select.js';

const CODE = '0xC004F038';

/** A valid answer whose count is under the product's N-policy: its clients wait (0xC004F038). */
export const activationCountBelowThreshold: Rule = {
  id: 'activation/count-below-threshold',
  check(facts) {
    const section = facts.activation;
    const response = section?.response;
    if (section?.probe?.status !== 'answered' || !response || response.currentCount === null || response.thresholdMet !== false) return [];
    return [
      {
        ruleId: 'activation/count-below-threshold',
        args: {
          ...requestArgs(section),
          count: response.currentCount,
          threshold: response.minimumCount,
          missing: response.minimumCount - response.currentCount,
          code: CODE,
          cmid: section.sent.fields.cmid,
        },
        message: msg('activation/count-below-threshold.message'),
        target: section.target.host,
        evidence: [activationEvidence(section, msg('activation/count-below-threshold.evidence'))],
        remedy: [
          msg('activation/count-below-threshold.remedy.more-machines'),
          // Event 12290 on the host logs each request with the client's CMID and name.
          msg('activation/count-below-threshold.remedy.duplicate-cmids', { command: 'sysprep /generalize', eventId: 12290 }),
          msg('activation/count-below-threshold.remedy.few-hosts'),
          moreRemedy(CODE),
        ],
      },
    ];
  },
};
