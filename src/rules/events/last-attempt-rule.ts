import type { RuleId } from '../../catalog/findings.js';
import type { FactArgs, Message } from '../../catalog/message.js';
import type { ActivationAttempt } from '../../events/attempts.js';
import type { Rule } from '../rule.js';
import { eventEvidence, hostOf, lastAttempt } from './select.js';

/** What differs per rule: its sentence, its extra facts and its steps. */
interface AttemptWording {
  message: Message;
  args: FactArgs;
  remedy: Message[];
}

/**
 * A rule about the client's newest activation attempt, which says what it will most likely meet
 * again. Every such finding names the attempt's time and host and shows its 12288/12289 as
 * evidence; `judge` says whether the attempt is this rule's case (null: it is not) and words it.
 */
export function lastAttemptRule(id: RuleId, judge: (attempt: ActivationAttempt) => AttemptWording | null): Rule {
  return {
    id,
    check(facts) {
      const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
      const wording = attempt ? judge(attempt) : null;
      if (!attempt || !wording) return [];
      return [
        {
          ruleId: id,
          args: { time: attempt.time, host: hostOf(attempt), ...wording.args },
          message: wording.message,
          target: attempt.host ?? undefined,
          evidence: eventEvidence(attempt),
          remedy: wording.remedy,
        },
      ];
    },
  };
}
