import type { Rule } from '../rule.js';
import { eventEvidence, explainStep, hostOf, isKmsFailureCode, lastAttempt } from './select.js';

/** A 12288 without a 12289: the request left, no answer came back (kms-facts.md §4.1). */
export const requestUnanswered: Rule = {
  id: 'events/request-unanswered',
  check(facts) {
    const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
    if (!attempt || attempt.answered) return [];
    return [{
      ruleId: 'events/request-unanswered',
      message: `The client's last request (${attempt.time}) to ${hostOf(attempt)} got no answer: no 12289 followed the 12288${attempt.requestHresult ? ` (result ${attempt.requestHresult})` : ''} — the host was not reached or did not reply`,
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [
        attempt.host ? `Test that host from the client: kmsdoctor connectivity --kms-host ${hostOf(attempt)} (or Test-NetConnection ${attempt.host} -Port ${attempt.port ?? 1688})` : 'Test the KMS hosts from the client: kmsdoctor connectivity',
        'On the host, look for a matching 12290 in the Key Management Service log: none means the request never arrived',
        // The 12288's own result says how the attempt with that host ended (e.g. 0xC004F074, 0x800706BA).
        ...(isKmsFailureCode(attempt.requestHresult) ? [explainStep(attempt.requestHresult)] : []),
      ],
    }];
  },
};
