import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import { lastAttemptRule } from './last-attempt-rule.js';
import { explainStep, hostOf, isKmsFailureCode } from './select.js';

/** A 12288 without a 12289: the request left, no answer came back (kms-facts.md §4.1). */
export const requestUnanswered = lastAttemptRule('events/request-unanswered', (attempt) => {
  if (attempt.answered) return null;
  return {
    args: { result: attempt.requestHresult || null },
    message: msg('events/request-unanswered.message'),
    remedy: [
      attempt.host
        ? msg('events/request-unanswered.remedy.test-host', {
            command: `kmsdoctor connectivity --kms-host ${hostOf(attempt)}`,
            portCommand: `Test-NetConnection ${attempt.host} -Port ${attempt.port ?? KMS_PORT}`,
          })
        : msg('events/request-unanswered.remedy.test-hosts', { command: 'kmsdoctor connectivity' }),
      msg('events/request-unanswered.remedy.host-log'),
      // The 12288's own result says how the attempt with that host ended (e.g. 0xC004F074, 0x800706BA).
      ...(isKmsFailureCode(attempt.requestHresult) ? [explainStep(attempt.requestHresult)] : []),
    ],
  };
});
