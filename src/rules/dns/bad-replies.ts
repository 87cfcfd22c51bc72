import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';

/** Discarded replies are a warning; when nothing valid came at all, the server is unusable: an error. */
export const badReplies: Rule = {
  id: 'dns/bad-replies',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => (answer.data?.discarded.length ?? 0) > 0 || answer.status === 'dns-malformed')
      .map(({ discovery, answer }) => {
        const discarded = answer.data?.discarded ?? [];
        const useless = answer.status === 'dns-malformed';
        return {
          ruleId: 'dns/bad-replies' as const,
          severity: useless ? ('error' as const) : ('warning' as const),
          args: {
            server: answer.target.server ?? '',
            queryName: discovery.queryName,
            discarded: discarded.length,
            // Why the first reply was thrown away (or, with none usable, why the exchange failed).
            reason: (useless ? answer.error?.message : undefined) ?? discarded[0] ?? '',
          },
          message: msg(useless ? 'dns/bad-replies.message.useless' : 'dns/bad-replies.message.discarded'),
          target: answer.target.server ?? discovery.domain,
          evidence: [probeEvidence(answer)],
          remedy: [
            msg('dns/bad-replies.remedy.capture', { command: 'pktmon start --capture --comp nics -f dns.etl', filter: 'dns' }),
            msg('dns/bad-replies.remedy.path'),
          ],
        };
      });
  },
};
