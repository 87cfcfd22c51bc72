import type { ActivationAttempt } from '../../events/attempts.js';
import type { Evidence } from '../types.js';

export const SUCCESS = '0x00000000';

/**
 * The newest attempt of this client, which says what it will most likely meet again. An export
 * may hold several machines' events: when the client's name is known, only its own count.
 */
export function lastAttempt(attempts: readonly ActivationAttempt[], computer?: string | null): ActivationAttempt | undefined {
  const short = (name: string | null | undefined) => (name ?? '').split('.')[0]!.toLowerCase();
  const own = computer ? attempts.filter((attempt) => attempt.computer === null || short(attempt.computer) === short(computer)) : attempts;
  return own.at(-1);
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
