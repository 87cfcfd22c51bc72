import type { Severity } from '../catalog/findings.js';
import type { LicensingProduct } from '../snapshot/model.js';

/**
 * `LicenseStatus` 0–6 as slmgr names them on an English Windows (kms-facts.md §2.2). These stay
 * English on purpose: they are Windows's own output, and JSON (`licenseStatusWords`), CSV and the
 * PowerShell module compare them as a stable value that does not change with the report's language.
 * What a person reads is worded by the catalog from LICENSE_STATES ('facts.license.status': the
 * Japanese Windows wording where real console output confirms it, the glossary's terms elsewhere).
 */
export const LICENSE_STATUS_WORDS = [
  'Unlicensed',
  'Licensed',
  'Initial grace period',
  'Additional grace period (KMS license expired or hardware out of tolerance)',
  'Non-genuine grace period',
  'Notification',
  'Extended grace period',
] as const;

/** `LicenseStatus` 0–6 as language-neutral keys: the `state` a catalog message selects its words by. */
export const LICENSE_STATES = ['unlicensed', 'licensed', 'initialGrace', 'additionalGrace', 'nonGenuineGrace', 'notification', 'extendedGrace'] as const;

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

export interface RenewalLag {
  /** Minutes since the last successful renewal: 180 days minus what is left. */
  sinceMinutes: number;
  intervalMinutes: number;
  /** Whole days the renewals have been failing (time since the last one, less one interval). */
  failingDays: number;
}

/**
 * The renewal arithmetic of a Licensed KMS client product: each successful renewal resets the
 * validity to 180 days, so 180 days minus what is left is the time since the last renewal. More
 * than two renewal intervals means renewals have been failing; null when they have not (or the
 * product is not a Licensed one with its days known).
 */
export function renewalLag(product: LicensingProduct, serviceRenewalMinutes: number | null | undefined): RenewalLag | null {
  const left = product.gracePeriodRemainingMinutes;
  if (product.licenseStatus !== 1 || left === null || left <= 0 || left > KMS_VALIDITY_MINUTES) return null;
  const intervalMinutes = product.renewalIntervalMinutes ?? serviceRenewalMinutes ?? DEFAULT_RENEWAL_MINUTES;
  const sinceMinutes = KMS_VALIDITY_MINUTES - left;
  if (sinceMinutes <= 2 * intervalMinutes) return null;
  return { sinceMinutes, intervalMinutes, failingDays: Math.max(0, Math.floor((sinceMinutes - intervalMinutes) / 1440)) };
}
