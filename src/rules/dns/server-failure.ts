import { msg } from '../../catalog/message.js';
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
        args: { server: answer.target.server ?? '', rcode: answer.data?.rcode ?? answer.status, queryName: discovery.queryName, domain: discovery.domain, code: '0x8007232A' },
        message: msg('dns/server-failure.message'),
        target: answer.target.server ?? discovery.domain,
        evidence: [probeEvidence(answer)],
        remedy: [...dnsServerCheckRemedy(answer.target.server ?? '', discovery.queryName), msg('dns/server-failure.remedy.upstream')],
      }));
  },
};
