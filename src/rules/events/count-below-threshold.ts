import { msg } from '../../catalog/message.js';
import { lastAttemptRule } from './last-attempt-rule.js';
import { explainCommand, SUCCESS } from './select.js';

/** Answers whose count field means something: success, or the count itself was the reason. */
const COUNT_ANSWERS: ReadonlySet<string | null> = new Set([SUCCESS, '0xC004F038']);

/**
 * The host answered, but its count is under what this client needs (25 client OS, 5 server/Office).
 * When the host refused for another reason (0xC004F042, 0xC004F06C…) that code is the cause, and
 * the count in the same 12289 says nothing about a threshold.
 */
export const countBelowThreshold = lastAttemptRule('events/count-below-threshold', (attempt) => {
  if (
    !attempt.answered ||
    !COUNT_ANSWERS.has(attempt.responseHresult) ||
    attempt.currentCount === null ||
    attempt.minimumCount === null ||
    attempt.currentCount >= attempt.minimumCount
  )
    return null;
  return {
    args: { count: attempt.currentCount, needed: attempt.minimumCount, missing: attempt.minimumCount - attempt.currentCount },
    message: msg('events/count-below-threshold.message'),
    remedy: [
      msg('events/count-below-threshold.remedy.more-clients'),
      msg('events/count-below-threshold.remedy.few-hosts'),
      msg('events/count-below-threshold.remedy.more', { command: explainCommand('0xC004F038') }),
    ],
  };
});
