import type { FactArgs } from '../../catalog/message.js';
import { daysOf, type NotLicensedJudgement } from '../../client/license-state.js';
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
