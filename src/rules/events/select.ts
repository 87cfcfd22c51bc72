import { isKnownCode } from '../../catalog/codes/catalog.js';
import { type Message, msg } from '../../catalog/message.js';
import type { ActivationAttempt } from '../../events/attempts.js';
import type { EvidenceDraft } from '../types.js';

export const SUCCESS = '0x00000000';

/**
 * A failure code that decides the verdict: any non-success code kmsdoctor's code catalog holds
 * (the catalog is the list of codes that matter for KMS activation, each with its page).
 */
export function isKmsFailureCode(code: string | null | undefined): code is string {
  return typeof code === 'string' && code !== SUCCESS && isKnownCode(code);
}

/** The step that sends the admin to a code's page (for codes the code catalog holds). */
export function explainStep(code: string): Message {
  return msg('remedy.events.explain-code', { code, command: explainCommand(code) });
}

/** The command that prints a code's page. */
export function explainCommand(code: string): string {
  return `kmsdoctor explain ${code}`;
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

/** host:port as the 12288 names it; null when it names none (the catalog says "an unnamed host"). */
export function hostOf(attempt: ActivationAttempt): string | null {
  return attempt.host ? `${attempt.host}${attempt.port ? `:${attempt.port}` : ''}` : null;
}

/** The reference of one event: its record id, or its time when the export has none. */
export function eventRef(id: number, recordId: number | null, time: string): string {
  return `event ${id} ${recordId !== null ? `#${recordId}` : time}`;
}

export function eventEvidence(attempt: ActivationAttempt): EvidenceDraft[] {
  return [
    {
      kind: 'event',
      ref: eventRef(12288, attempt.request.recordId, attempt.time),
      summary: msg('evidence.events.request', { time: attempt.time, host: hostOf(attempt), result: attempt.requestHresult }),
    },
    ...(attempt.response
      ? [
          {
            kind: 'event' as const,
            ref: eventRef(12289, attempt.response.recordId, attempt.responseTime ?? ''),
            summary: msg('evidence.events.response', { time: attempt.responseTime, result: attempt.responseHresult, activated: attempt.activated, count: attempt.currentCount }),
          },
        ]
      : []),
  ];
}
