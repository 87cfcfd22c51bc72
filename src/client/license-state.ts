import type { LicensingProduct } from '../snapshot/model.js';
import type { Severity } from '../rules/types.js';

/** `LicenseStatus` 0–6 as slmgr names them (kms-facts.md §2.2). */
export const LICENSE_STATUS_WORDS = ['Unlicensed', 'Licensed', 'Initial grace period', 'Additional grace period (KMS license expired or hardware out of tolerance)', 'Non-genuine grace period', 'Notification', 'Extended grace period'] as const;

/** How long a KMS activation is valid: 180 days, renewed back to this at every successful renewal (kms-facts.md §8). */
export const KMS_VALIDITY_MINUTES = 180 * 1440;
/** The renewal interval a client uses when the host has not said otherwise: 7 days. */
export const DEFAULT_RENEWAL_MINUTES = 10080;
/** Fewer days than this left in a grace period is no longer "activating soon" but "about to stop working". */
export const URGENT_DAYS = 7;

const GRACE_STATES = new Set([2, 3, 4, 6]);

export function statusWords(status: number): string {
  return LICENSE_STATUS_WORDS[status] ?? `status ${status}`;
}

/** Whole days in a number of minutes, rounded up as slmgr prints them ("(3 day(s))"). */
export function daysOf(minutes: number): number {
  return Math.ceil(minutes / 1440);
}

export interface NotLicensedJudgement {
  severity: Severity;
  words: string;
  /** Minutes of grace left (0 when none or not in grace). */
  minutes: number;
  /** ISO minute when grace ends, counted from the time the facts were collected; null outside grace. */
  deadline: string | null;
}

/**
 * How bad a keyed product that is not Licensed is. Unlicensed and Notification are already late;
 * the additional grace period means a KMS activation expired (180 days without a renewal); a grace
 * period with days left is a warning until fewer than URGENT_DAYS remain.
 */
export function judgeNotLicensed(product: LicensingProduct, collectedAt: string): NotLicensedJudgement | null {
  const status = product.licenseStatus;
  if (status === null || status === 1) return null;
  const minutes = product.gracePeriodRemainingMinutes ?? 0;
  const inGrace = GRACE_STATES.has(status) && minutes > 0;
  const deadline = inGrace ? new Date(Date.parse(collectedAt) + minutes * 60_000).toISOString().replace(/:\d\d\.\d+Z$/, 'Z') : null;
  const severity: Severity = !inGrace || status === 3 || minutes < URGENT_DAYS * 1440 ? 'error' : 'warning';
  return { severity, words: statusWords(status), minutes: inGrace ? minutes : 0, deadline };
}
