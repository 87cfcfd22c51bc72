import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import { daysOf, judgeNotLicensed } from '../../client/license-state.js';
import type { Rule } from '../rule.js';

/** Not licensed: in grace there is a deadline to state; unlicensed or notification is already late. */
export const notLicensed: Rule = {
  id: 'client/not-licensed',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    const judgement = snapshot && product ? judgeNotLicensed(product, snapshot.collectedAt) : null;
    if (!snapshot || !product || !judgement) return [];
    const { severity, words, minutes, deadline } = judgement;
    return [{
      ruleId: 'client/not-licensed',
      severity,
      message: deadline
        ? `${product.name} is not activated: ${words}, ${daysOf(minutes)} day(s) left — it must activate before ${deadline}`
        : `${product.name} is not activated: ${words}${product.licenseStatusReason ? ` (reason ${product.licenseStatusReason})` : ''}`,
      target: product.name,
      evidence: [{ kind: 'setting', ref: `product.${product.id}.licenseStatus`, summary: `LicenseStatus = ${product.licenseStatus} (${words}); GracePeriodRemaining = ${product.gracePeriodRemainingMinutes ?? 0} minutes` }],
      remedy: ['Fix the connectivity findings of this report, then activate: slmgr.vbs /ato', 'Check the result: slmgr.vbs /dlv, and events 12288/12289 in the Application log'],
    }];
  },
};
