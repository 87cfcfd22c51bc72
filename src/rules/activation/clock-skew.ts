import { msg } from '../../catalog/message.js';
import { refusalRule } from './refusal-rule.js';
import { moreRemedy } from './remedies.js';

const CODE = '0xC004F06C';

/** 0xC004F06C: the host rejected the request's timestamp. */
export const activationClockSkew = refusalRule('activation/clock-skew', CODE, (section) => {
  const { timestamp, timestampFiletime } = section.sent.fields;
  return {
    args: { timestamp },
    message: msg('activation/clock-skew.message'),
    evidence: [{ kind: 'setting', ref: 'request.timestamp', summary: msg('activation/clock-skew.evidence.timestamp', { filetime: timestampFiletime }) }],
    remedy: [
      msg('activation/clock-skew.remedy.compare', { command: `w32tm /stripchart /computer:${section.target.host} /samples:1 /dataonly` }),
      msg('activation/clock-skew.remedy.fix', { command: 'w32tm /resync' }),
      msg('activation/clock-skew.remedy.clients'),
      moreRemedy(CODE),
    ],
  };
});
