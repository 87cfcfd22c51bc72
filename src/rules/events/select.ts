import type { ActivationAttempt } from '../../events/attempts.js';
import type { Evidence } from '../types.js';
import { isKnownCode } from '../../codes/catalog.js';

export const SUCCESS = '0x00000000';

/**
 * A failure code that decides the verdict: any non-success code kmsdoctor's code catalog holds
 * (the catalog is the list of codes that matter for KMS activation, each with its page).
 */
export function isKmsFailureCode(code: string | null | undefined): code is string {
  return typeof code === 'string' && code !== SUCCESS && isKnownCode(code);
}

/** The command that prints a code's page, when there is one. */
export function explainStep(code: string): string {
  return `Read what ${code} means and how to fix it: kmsdoctor explain ${code}`;
}

/** This client's own attempts (all of them when its name is unknown), oldest first. */
export function ownAttempts(attempts: readonly ActivationAttempt[], computer?: string | null): ActivationAttempt[] {
  const short = (name: string | null | undefined) => (name ?? '').split('.')[0]!.toLowerCase();
  return computer ? attempts.filter((attempt) => attempt.computer === null || short(attempt.computer) === short(computer)) : [...attempts];
}

/**
 * The newest attempt of this client, which says what it will most likely meet again. An export
 * may hold several machines' events: when the client's name is known, only its own count.
 */
export function lastAttempt(attempts: readonly ActivationAttempt[], computer?: string | null): ActivationAttempt | undefined {
  return ownAttempts(attempts, computer).at(-1);
}

export function hostOf(attempt: ActivationAttempt): string {
  return attempt.host ? `${attempt.host}${attempt.port ? `:${attempt.port}` : ''}` : 'an unnamed host';
}

export function eventEvidence(attempt: ActivationAttempt): Evidence[] {
  const ref = (id: number, recordId: number | null, time: string) => `event ${id} ${recordId !== null ? `#${recordId}` : time}`;
  return [
    { kind: 'event', ref: ref(12288, attempt.request.recordId, attempt.time), summary: `12288 at ${attempt.time}: request to ${hostOf(attempt)}, result ${attempt.requestHresult ?? 'unreadable'}` },
    ...(attempt.response ? [{ kind: 'event' as const, ref: ref(12289, attempt.response.recordId, attempt.responseTime ?? ''), summary: `12289 at ${attempt.responseTime}: result ${attempt.responseHresult ?? 'unreadable'}, activated ${attempt.activated ?? '?'}, host count ${attempt.currentCount ?? '?'}` }] : []),
  ];
}
