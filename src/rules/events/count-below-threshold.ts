import type { Rule } from '../rule.js';
import { eventEvidence, hostOf, lastAttempt, SUCCESS } from './select.js';

/** Answers whose count field means something: success, or the count itself was the reason. */
const COUNT_ANSWERS: ReadonlySet<string | null> = new Set([SUCCESS, '0xC004F038']);

/**
 * The host answered, but its count is under what this client needs (25 client OS, 5 server/Office).
 * When the host refused for another reason (0xC004F042, 0xC004F06C…) that code is the cause, and
 * the count in the same 12289 says nothing about a threshold.
 */
export const countBelowThreshold: Rule = {
  id: 'events/count-below-threshold',
  check(facts) {
    const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
    if (!attempt?.answered || !COUNT_ANSWERS.has(attempt.responseHresult) || attempt.currentCount === null || attempt.minimumCount === null || attempt.currentCount >= attempt.minimumCount) return [];
    return [{
      ruleId: 'events/count-below-threshold',
      message: `At the last attempt (${attempt.time}) ${hostOf(attempt)} reported a count of ${attempt.currentCount}; this client needs ${attempt.minimumCount}, so it is not activated (0xC004F038) — ${attempt.minimumCount - attempt.currentCount} more distinct client(s) must contact that host within 30 days`,
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [
        'Let more clients contact the host (the count counts distinct machines seen in 30 days), or check for duplicate CMIDs on the host (one CMID, several machine names in event 12290)',
        'Keep the number of KMS hosts small: each host counts separately (count split)',
        'More: kmsdoctor explain 0xC004F038',
      ],
    }];
  },
};
