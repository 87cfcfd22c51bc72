import { msg } from '../../catalog/message.js';
import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import { judgeNotLicensed } from '../../client/license-state.js';
import type { Rule } from '../rule.js';
import { notLicensedArgs, statusWordsArg } from './license-args.js';
import { ACTIVATE } from './remedies.js';

/** Not licensed: in grace there is a deadline to state; unlicensed or notification is already late. */
export const notLicensed: Rule = {
  id: 'client/not-licensed',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    const judgement = snapshot && product ? judgeNotLicensed(product, snapshot.collectedAt) : null;
    if (!snapshot || !product || !judgement) return [];
    return [
      {
        ruleId: 'client/not-licensed',
        severity: judgement.severity,
        args: notLicensedArgs(product, judgement),
        message: msg(judgement.deadline ? 'client/not-licensed.message.grace' : 'client/not-licensed.message', statusWordsArg(product)),
        target: product.name,
        evidence: [{ kind: 'setting', ref: `product.${product.id}.licenseStatus`, summary: msg('client/not-licensed.evidence', statusWordsArg(product)) }],
        remedy: [msg('client/not-licensed.remedy.activate', { command: ACTIVATE }), msg('client/not-licensed.remedy.check', { command: 'slmgr.vbs /dlv' })],
      },
    ];
  },
};
