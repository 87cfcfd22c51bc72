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
        message: `DNS server ${answer.target.server} REFUSED the query for ${discovery.queryName}: it does not serve this zone to this client (recursion or zone access is restricted)`,
        target: answer.target.server ?? discovery.domain,
        evidence: [probeEvidence(answer)],
        remedy: [
          `Give clients DNS servers that answer for ${discovery.domain} (the domain controllers, for an AD domain): Get-DnsClientServerAddress`,
          ...dnsServerCheckRemedy(answer.target.server ?? '', discovery.queryName),
          `On a Windows DNS server, check recursion and zone settings: Get-DnsServerRecursion; Get-DnsServerZone -Name ${discovery.domain}`,
        ],
      }));
  },
};
