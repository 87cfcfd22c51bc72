import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';
import { dnsServerCheckRemedy } from './remedies.js';

export const serverRefused: Rule = {
  id: 'dns/server-refused',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => answer.status === 'dns-refused')
      .map(({ discovery, answer }) => ({
        ruleId: 'dns/server-refused' as const,
        args: { server: answer.target.server ?? '', queryName: discovery.queryName, domain: discovery.domain },
        message: msg('dns/server-refused.message'),
        target: answer.target.server ?? discovery.domain,
        evidence: [probeEvidence(answer)],
        remedy: [
          msg('dns/server-refused.remedy.other-servers', { command: 'Get-DnsClientServerAddress' }),
          ...dnsServerCheckRemedy(answer.target.server ?? '', discovery.queryName),
          msg('dns/server-refused.remedy.settings', { command: `Get-DnsServerRecursion; Get-DnsServerZone -Name ${discovery.domain}` }),
        ],
      }));
  },
};
