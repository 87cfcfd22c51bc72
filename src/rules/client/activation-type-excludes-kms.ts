import { msg } from '../../catalog/message.js';
import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import type { Rule } from '../rule.js';
import { ACTIVATE, thenRun } from './remedies.js';

/** VLActivationTypeEnabled values that leave KMS out: 1 AD-based only, 3 token-based only. */
const EXCLUDES_KMS = new Set([1, 3]);

export const activationTypeExcludesKms: Rule = {
  id: 'client/activation-type-excludes-kms',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    const type = product?.activationTypeEnabled;
    if (!product || type === null || type === undefined || !EXCLUDES_KMS.has(type)) return [];
    return [
      {
        ruleId: 'client/activation-type-excludes-kms',
        args: { product: product.name, type },
        message: msg('client/activation-type-excludes-kms.message'),
        target: product.name,
        evidence: [{ kind: 'setting', ref: `product.${product.id}.activationTypeEnabled`, summary: msg('client/activation-type-excludes-kms.evidence') }],
        remedy: [
          msg('client/activation-type-excludes-kms.remedy.allow-all', { command: 'slmgr.vbs /act-type 0' }),
          msg('client/activation-type-excludes-kms.remedy.kms-only', { command: 'slmgr.vbs /act-type 2' }),
          thenRun(ACTIVATE),
        ],
      },
    ];
  },
};
