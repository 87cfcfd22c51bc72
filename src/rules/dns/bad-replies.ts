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
          message: useless
            ? `DNS server ${answer.target.server} gave no usable answer for ${discovery.queryName}: ${answer.error?.message ?? discarded[0]}`
            : `${discarded.length} reply(ies) for ${discovery.queryName} from ${answer.target.server} were discarded (${discarded[0]}); the matching answer was used`,
          target: answer.target.server ?? discovery.domain,
          evidence: [probeEvidence(answer)],
          remedy: [
            `Capture the exchange on the client to see who sends these replies: pktmon start --capture --comp nics -f dns.etl (or Wireshark with filter "dns")`,
            `Look for a device that rewrites or answers DNS on the path (firewall DNS inspection, captive portal, VPN client)`,
          ],
        };
      });
  },
};
