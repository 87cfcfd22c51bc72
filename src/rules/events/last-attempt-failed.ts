import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { eventEvidence, explainStep, hostOf, lastAttempt, SUCCESS } from './select.js';

/** The newest 12288/12289 pair ended with an error: name it, so `explain <code>` can take over. */
export const lastAttemptFailed: Rule = {
  id: 'events/last-attempt-failed',
  check(facts) {
    const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
    if (!attempt?.answered) return [];
    const code = [attempt.responseHresult, attempt.requestHresult].find((hresult) => hresult !== null && hresult !== SUCCESS);
    if (!code) return [];
    return [{
      ruleId: 'events/last-attempt-failed',
      args: { time: attempt.time, host: hostOf(attempt), code },
      message: msg('events/last-attempt-failed.message'),
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [explainStep(code), msg('events/last-attempt-failed.remedy.after-fix', { command: 'slmgr.vbs /ato' })],
    }];
  },
};
