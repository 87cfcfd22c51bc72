import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import type { Rule } from '../rule.js';
import { eventEvidence, explainStep, hostOf, isKmsFailureCode, lastAttempt } from './select.js';

/** A 12288 without a 12289: the request left, no answer came back (kms-facts.md §4.1). */
export const requestUnanswered: Rule = {
  id: 'events/request-unanswered',
  check(facts) {
    const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
    if (!attempt || attempt.answered) return [];
    const host = hostOf(attempt);
    return [{
      ruleId: 'events/request-unanswered',
      args: { time: attempt.time, host, result: attempt.requestHresult || null },
      message: msg('events/request-unanswered.message'),
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [
        attempt.host
          ? msg('events/request-unanswered.remedy.test-host', { command: `kmsdoctor connectivity --kms-host ${host}`, portCommand: `Test-NetConnection ${attempt.host} -Port ${attempt.port ?? KMS_PORT}` })
          : msg('events/request-unanswered.remedy.test-hosts', { command: 'kmsdoctor connectivity' }),
        msg('events/request-unanswered.remedy.host-log'),
        // The 12288's own result says how the attempt with that host ended (e.g. 0xC004F074, 0x800706BA).
        ...(isKmsFailureCode(attempt.requestHresult) ? [explainStep(attempt.requestHresult)] : []),
      ],
    }];
  },
};
