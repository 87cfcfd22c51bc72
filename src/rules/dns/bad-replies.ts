import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import { probeEvidence, recordedSentences } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';

/** Discarded replies are a warning; when nothing valid came at all, the server is unusable: an error. */
export const badReplies: Rule = {
  id: 'dns/bad-replies',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => (answer.data?.discarded.length ?? 0) > 0 || answer.status === 'dns-malformed')
      .map(({ discovery, answer }) => {
        const discarded = recordedSentences(answer.data?.discarded ?? [], answer.data?.discardedReasons);
        const useless = answer.status === 'dns-malformed';
        return {
          ruleId: 'dns/bad-replies' as const,
          severity: useless ? ('error' as const) : ('warning' as const),
          args: {
            server: answer.target.server ?? '',
            queryName: discovery.queryName,
            discarded: discarded.length,
          },
          // Why the first reply was thrown away (or, with none usable, why the exchange failed), in the report's language.
          message: msg(useless ? 'dns/bad-replies.message.useless' : 'dns/bad-replies.message.discarded', {
            reason: (useless ? errorCause(answer.error) : null) ?? discarded[0] ?? '',
          }),
          target: answer.target.server ?? discovery.domain,
          evidence: [probeEvidence(answer)],
          remedy: [msg('dns/bad-replies.remedy.capture', { command: 'pktmon start --capture --comp nics -f dns.etl', filter: 'dns' }), msg('dns/bad-replies.remedy.path')],
        };
      });
  },
};
