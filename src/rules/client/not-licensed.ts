import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import type { Rule } from '../rule.js';

const STATUS_WORDS = ['Unlicensed', 'Licensed', 'Initial grace period', 'Additional grace period (KMS license expired or hardware out of tolerance)', 'Non-genuine grace period', 'Notification', 'Extended grace period'];

/** Not licensed: in grace there is a deadline to state; unlicensed or notification is already late. */
export const notLicensed: Rule = {
  id: 'client/not-licensed',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    if (!snapshot || !product || product.licenseStatus === null || product.licenseStatus === 1) return [];
    const status = STATUS_WORDS[product.licenseStatus] ?? `status ${product.licenseStatus}`;
    const minutes = product.gracePeriodRemainingMinutes ?? 0;
    const inGrace = [2, 3, 4, 6].includes(product.licenseStatus) && minutes > 0;
    const deadline = inGrace ? new Date(Date.parse(snapshot.collectedAt) + minutes * 60_000).toISOString().replace(/:\d\d\.\d+Z$/, 'Z') : null;
    return [{
      ruleId: 'client/not-licensed',
      severity: inGrace ? 'warning' : 'error',
      message: inGrace
        ? `${product.name} is not activated: ${status}, ${Math.floor(minutes / 1440)} day(s) left — it must activate before ${deadline}`
        : `${product.name} is not activated: ${status}${product.licenseStatusReason ? ` (reason ${product.licenseStatusReason})` : ''}`,
      target: product.name,
      evidence: [{ kind: 'setting', ref: `product.${product.id}.licenseStatus`, summary: `LicenseStatus = ${product.licenseStatus} (${status}); GracePeriodRemaining = ${minutes} minutes` }],
      remedy: ['Fix the connectivity findings of this report, then activate: slmgr.vbs /ato', 'Check the result: slmgr.vbs /dlv, and events 12288/12289 in the Application log'],
    }];
  },
};
