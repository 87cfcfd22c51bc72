import type { ActivationAttempt } from '../../events/attempts.js';
import type { Evidence } from '../types.js';

export const SUCCESS = '0x00000000';

/** The newest attempt, which says what the client will most likely meet again. */
export function lastAttempt(attempts: readonly ActivationAttempt[]): ActivationAttempt | undefined {
  return attempts.at(-1);
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
