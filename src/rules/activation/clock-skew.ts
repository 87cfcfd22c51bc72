import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { moreRemedy } from './remedies.js';
import { refusal, requestArgs, returnValueEvidence } from './select.js';

const CODE = '0xC004F06C';

/** 0xC004F06C: the host rejected the request's timestamp. */
export const activationClockSkew: Rule = {
  id: 'activation/clock-skew',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== CODE) return [];
    const { timestamp, timestampFiletime } = section.sent.fields;
    return [{
      ruleId: 'activation/clock-skew',
      args: { ...requestArgs(section), code: CODE, timestamp },
      message: msg('activation/clock-skew.message'),
      target: section.target.host,
      evidence: [
        returnValueEvidence(section),
        { kind: 'setting', ref: 'request.timestamp', summary: msg('activation/clock-skew.evidence.timestamp', { filetime: timestampFiletime }) },
      ],
      remedy: [
        msg('activation/clock-skew.remedy.compare', { command: `w32tm /stripchart /computer:${section.target.host} /samples:1 /dataonly` }),
        msg('activation/clock-skew.remedy.fix', { command: 'w32tm /resync' }),
        msg('activation/clock-skew.remedy.clients'),
        moreRemedy(CODE),
      ],
    }];
  },
};
