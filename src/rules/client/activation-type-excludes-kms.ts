import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import type { Rule } from '../rule.js';

const TYPES: Record<number, string> = { 1: 'Active Directory-based activation only', 3: 'token-based activation only' };

export const activationTypeExcludesKms: Rule = {
  id: 'client/activation-type-excludes-kms',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    const type = product?.activationTypeEnabled;
    if (!product || type === null || type === undefined || !(type in TYPES)) return [];
    return [{
      ruleId: 'client/activation-type-excludes-kms',
      message: `${product.name} is set to ${TYPES[type]} (slmgr /act-type ${type}); it will not use KMS`,
      target: product.name,
      evidence: [{ kind: 'setting', ref: `product.${product.id}.activationTypeEnabled`, summary: `VLActivationTypeEnabled = ${type}` }],
      remedy: ['Allow every volume activation type: slmgr.vbs /act-type 0', 'Or KMS only: slmgr.vbs /act-type 2', 'Then: slmgr.vbs /ato'],
    }];
  },
};
