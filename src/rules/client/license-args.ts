import { type FactArgs, type MessageArgs, msg } from '../../catalog/message.js';
import { daysOf, LICENSE_STATES, type NotLicensedJudgement } from '../../client/license-state.js';
import type { LicensingProduct } from '../../snapshot/model.js';

/** The facts a "not activated" sentence and its evidence show, the same for Windows and for every other product. */
export function notLicensedArgs(product: LicensingProduct, judgement: NotLicensedJudgement): FactArgs {
  return {
    product: product.name,
    status: product.licenseStatus,
    // slmgr's own name for the state, as `slmgr /dli` prints it.
    statusName: judgement.words,
    daysLeft: daysOf(judgement.minutes),
    deadline: judgement.deadline,
    reason: product.licenseStatusReason || null,
    graceMinutes: product.gracePeriodRemainingMinutes ?? 0,
  };
}

/**
 * The state in the report's language, for the sentences: `statusName` stays slmgr's English in the
 * args (a stable value for scripts), `statusWords` is the catalog's word for it.
 */
export function statusWordsArg(product: LicensingProduct): MessageArgs {
  const status = product.licenseStatus ?? -1;
  return { statusWords: msg('facts.license.status', { state: LICENSE_STATES[status] ?? 'other', status }) };
}
