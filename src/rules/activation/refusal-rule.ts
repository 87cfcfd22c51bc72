import type { RuleId } from '../../catalog/findings.js';
import type { FactArgs, Message } from '../../catalog/message.js';
import type { ActivationSection } from '../../engine/activation.js';
import type { Rule } from '../rule.js';
import type { EvidenceDraft } from '../types.js';
import { refusal, requestArgs, returnValueEvidence } from './select.js';

/** What differs per rule: its sentence, its extra facts and evidence, and its steps. */
interface RefusalWording {
  message: Message;
  args?: FactArgs;
  /** Shown after the returned code, which is always the first evidence. */
  evidence?: EvidenceDraft[];
  remedy: Message[];
}

/**
 * A rule for one well-formed refusal of the request, told apart by its HRESULT: the finding names
 * the request and the code, points at the host, and shows the code the host returned.
 */
export function refusalRule(id: RuleId, code: string, wording: (section: ActivationSection) => RefusalWording): Rule {
  return {
    id,
    check(facts) {
      const section = facts.activation;
      if (!section || refusal(section) !== code) return [];
      const { message, args, evidence, remedy } = wording(section);
      return [
        {
          ruleId: id,
          args: { ...requestArgs(section), code, ...args },
          message,
          target: section.target.host,
          evidence: [returnValueEvidence(section), ...(evidence ?? [])],
          remedy,
        },
      ];
    },
  };
}
