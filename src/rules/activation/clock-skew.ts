import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget, explainedLine, refusal, requestLine } from './select.js';

/** 0xC004F06C: the host rejected the request's timestamp. */
export const activationClockSkew: Rule = {
  id: 'activation/clock-skew',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== '0xC004F06C') return [];
    return [{
      ruleId: 'activation/clock-skew',
      message: `${activationTarget(section)} answered ${requestLine(section)} with 0xC004F06C: the request carried this machine's time (${section.sent.fields.timestamp} UTC) and the host's clock differs from it by more than it accepts (4 hours)`,
      target: section.target.host,
      evidence: [activationEvidence(section, explainedLine(section)), { kind: 'setting', ref: 'request.timestamp', summary: `request timestamp ${section.sent.fields.timestamp} (FILETIME ${section.sent.fields.timestampFiletime})` }],
      remedy: [
        `Compare the clocks: w32tm /stripchart /computer:${section.target.host} /samples:1 /dataonly (run it on this machine; the offset is host minus here)`,
        'Fix whichever clock is wrong: w32tm /resync on the machine that is off; domain members follow the domain time hierarchy, others need NTP',
        'Clients whose clock is off in the same way get 0xC004F06C too; the clocks are compared in UTC, time zones do not matter',
        'More: kmsdoctor explain 0xC004F06C',
      ],
    }];
  },
};
