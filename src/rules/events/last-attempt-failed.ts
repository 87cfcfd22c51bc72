import { msg } from '../../catalog/message.js';
import { lastAttemptRule } from './last-attempt-rule.js';
import { explainStep, SUCCESS } from './select.js';

/** The newest 12288/12289 pair ended with an error: name it, so `explain <code>` can take over. */
export const lastAttemptFailed = lastAttemptRule('events/last-attempt-failed', (attempt) => {
  if (!attempt.answered) return null;
  const code = [attempt.responseHresult, attempt.requestHresult].find((hresult) => hresult !== null && hresult !== SUCCESS);
  if (!code) return null;
  return {
    args: { code },
    message: msg('events/last-attempt-failed.message'),
    remedy: [explainStep(code), msg('events/last-attempt-failed.remedy.after-fix', { command: 'slmgr.vbs /ato' })],
  };
});
