import { isOfficeProduct, otherKeyedProducts, productKind } from '../../client/kms-client-product.js';
import { daysOf, judgeNotLicensed } from '../../client/license-state.js';
import { UNKNOWN_ACTIVATION_ID } from '../../dlv/unknown-activation-id.js';
import type { LicensingProduct } from '../../snapshot/model.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import type { RuleId } from '../catalog.js';

/** The command that activates this one product: slmgr with its activation ID (Office 2013+ on Windows 8+ uses the same service), else ospp.vbs. */
function activateCommand(product: LicensingProduct): string {
  const known = product.id !== UNKNOWN_ACTIVATION_ID;
  if (known) return `cscript //nologo %windir%\\System32\\slmgr.vbs /ato ${product.id}`;
  return isOfficeProduct(product)
    ? 'cscript //nologo "%ProgramFiles%\\Microsoft Office\\Office16\\OSPP.VBS" /act (find the activation ID with slmgr.vbs /dlv all)'
    : 'cscript //nologo %windir%\\System32\\slmgr.vbs /ato <activation ID> (find it with slmgr.vbs /dlv all)';
}

/**
 * Every keyed product other than the primary Windows one — Office, add-ons such as ESU, a second
 * Windows licence — activates on its own and fails on its own: an Office KMS client in its grace
 * period is failing even when Windows is activated.
 */
export const productNotLicensed: Rule = {
  id: 'client/product-not-licensed',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    if (!snapshot) return [];
    return otherKeyedProducts(snapshot).flatMap((product): FindingDraft<RuleId>[] => {
      const judgement = judgeNotLicensed(product, snapshot.collectedAt);
      if (!judgement) return [];
      const { severity, words, minutes, deadline } = judgement;
      const kms = product.channel === 'VOLUME_KMSCLIENT';
      const threshold = isOfficeProduct(product) ? ' Office KMS clients activate once the host counts 5 distinct clients (its Office host key must be installed and activated).' : '';
      return [{
        ruleId: 'client/product-not-licensed',
        severity,
        message: `${productKind(product)} ${product.name} is not activated: ${words}${deadline ? `, ${daysOf(minutes)} day(s) left — it must activate before ${deadline}` : product.licenseStatusReason ? ` (reason ${product.licenseStatusReason})` : ''}.${kms ? threshold : ` Its key channel is ${product.channel}: it does not use KMS.`}`,
        target: product.name,
        evidence: [{ kind: 'setting', ref: `product.${product.id}.licenseStatus`, summary: `${product.name} (${product.description || product.channel}): LicenseStatus = ${product.licenseStatus} (${words}); GracePeriodRemaining = ${product.gracePeriodRemainingMinutes ?? 0} minutes` }],
        remedy: kms
          ? [
            'Fix the connectivity findings of this report: the product uses the same KMS hosts as Windows (the host needs a key that covers it).',
            `Activate this product: ${activateCommand(product)}`,
            'Check the result: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv all',
          ]
          : [`Activate it with its own key: ${activateCommand(product)}`, 'Check the result: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv all'],
      }];
    });
  },
};
