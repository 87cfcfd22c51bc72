import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';
import { dnsServerCheckRemedy } from './remedies.js';

export const serverFailure: Rule = {
  id: 'dns/server-failure',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => answer.status === 'dns-servfail' || answer.status === 'dns-formerr')
      .map(({ discovery, answer }) => ({
        ruleId: 'dns/server-failure' as const,
        message: `DNS server ${answer.target.server} answered ${answer.data?.rcode ?? answer.status} for ${discovery.queryName}; clients using it fail with 0x8007232A`,
        target: answer.target.server ?? discovery.domain,
        evidence: [probeEvidence(answer)],
        remedy: [...dnsServerCheckRemedy(answer.target.server ?? '', discovery.queryName), `If the zone is forwarded or delegated, check that the server can reach the zone's authoritative servers`],
      }));
  },
};
