/** Findings about records of hosts off the allow-list: the same target, evidence and removal command, whatever the rule. */

import type { RuleId } from '../../catalog/findings.js';
import type { FactArgs, Message } from '../../catalog/message.js';
import type { UnexpectedRecord } from '../../publication/model.js';
import type { Facts } from '../facts.js';
import type { Rule } from '../rule.js';
import type { FindingDraft, Text } from '../types.js';
import { unexpectedRecordEvidence } from './evidence.js';
import { removeRecordCommand } from './remedies.js';
import { srvQueryName, unexpectedRecords } from './select.js';

/** What differs per rule: the sentence, its extra facts and the steps (given the command that deletes the record). */
interface UnexpectedWording {
  message: Message;
  args: FactArgs;
  remedy: (removeCommand: string) => Text[];
}

export function unexpectedRecordDrafts(
  facts: Facts,
  classification: UnexpectedRecord['classification'],
  ruleId: RuleId,
  wording: (record: UnexpectedRecord) => UnexpectedWording,
): FindingDraft<RuleId>[] {
  return unexpectedRecords(facts, classification).map(({ record, domain }) => {
    const { message, args, remedy } = wording(record);
    return {
      ruleId,
      args: { queryName: srvQueryName(record.domain), target: record.target, port: record.port, ...args },
      message,
      target: record.target,
      evidence: unexpectedRecordEvidence(domain, record),
      remedy: remedy(removeRecordCommand(domain, record)),
    };
  });
}

/**
 * A rule whose findings are the records of one classification and nothing else: each also
 * names the record's verdict.
 */
export function unexpectedRecordRule(id: RuleId, classification: UnexpectedRecord['classification'], wording: (record: UnexpectedRecord) => Omit<UnexpectedWording, 'args'>): Rule {
  return {
    id,
    check: (facts) => unexpectedRecordDrafts(facts, classification, id, (record) => ({ ...wording(record), args: { verdict: record.verdict } })),
  };
}
