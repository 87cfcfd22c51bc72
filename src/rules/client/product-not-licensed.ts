import { type FactArgs, msg } from '../../catalog/message.js';
import { isOfficeProduct, otherKeyedProducts, productKind } from '../../client/kms-client-product.js';
import { judgeNotLicensed } from '../../client/license-state.js';
import { UNKNOWN_ACTIVATION_ID } from '../../dlv/unknown-activation-id.js';
import type { LicensingProduct } from '../../snapshot/model.js';
import { notLicensedArgs, statusWordsArg } from './license-args.js';
import { perProductRule } from './per-product-rule.js';

const SLMGR = 'cscript //nologo %windir%\\System32\\slmgr.vbs';
const LIST_ACTIVATION_IDS = 'slmgr.vbs /dlv all';

/**
 * The command that activates this one product: slmgr with its activation ID (Office 2013+ on
 * Windows 8+ uses the same service), else ospp.vbs. Without a known ID, `find` says how the admin
 * looks it up: the catalog adds that hint after the command.
 */
function activateArgs(product: LicensingProduct): FactArgs {
  if (product.id !== UNKNOWN_ACTIVATION_ID) return { command: `${SLMGR} /ato ${product.id}`, find: 'none', findCommand: LIST_ACTIVATION_IDS };
  return isOfficeProduct(product)
    ? { command: 'cscript //nologo "%ProgramFiles%\\Microsoft Office\\Office16\\OSPP.VBS" /act', find: 'office', findCommand: LIST_ACTIVATION_IDS }
    : { command: `${SLMGR} /ato <activation ID>`, find: 'id', findCommand: LIST_ACTIVATION_IDS };
}

/**
 * Every keyed product other than the primary Windows one — Office, add-ons such as ESU, a second
 * Windows licence — activates on its own and fails on its own: an Office KMS client in its grace
 * period is failing even when Windows is activated.
 */
export const productNotLicensed = perProductRule('client/product-not-licensed', otherKeyedProducts, (product, snapshot) => {
  const judgement = judgeNotLicensed(product, snapshot.collectedAt);
  if (!judgement) return null;
  const kms = product.channel === 'VOLUME_KMSCLIENT';
  // An Office KMS client also waits for its own threshold (5); the message says so.
  const uses = !kms ? 'other' : isOfficeProduct(product) ? 'officeKms' : 'kms';
  const check = msg('client/product-not-licensed.remedy.check', { command: `${SLMGR} /dlv all` });
  const activate = msg('client/product-not-licensed.remedy.activate', { kms, ...activateArgs(product) });
  return {
    ruleId: 'client/product-not-licensed',
    severity: judgement.severity,
    args: { ...notLicensedArgs(product, judgement), kind: productKind(product), channel: product.channel, uses, description: product.description || product.channel },
    message: msg('client/product-not-licensed.message', statusWordsArg(product)),
    target: product.name,
    evidence: [{ kind: 'setting', ref: `product.${product.id}.licenseStatus`, summary: msg('client/product-not-licensed.evidence', statusWordsArg(product)) }],
    remedy: kms ? [msg('client/product-not-licensed.remedy.connectivity'), activate, check] : [activate, check],
  };
});
