import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { publishSrvRemedy } from './remedies.js';

/** Every server that answered says the name does not exist (and none has records). */
export const srvMissing: Rule = {
  id: 'dns/srv-missing',
  check(facts) {
    // A comparison domain is not searched by the client: its emptiness breaks nothing.
    return (facts.connectivity?.domains ?? []).filter((discovery) => discovery.role !== 'comparison').flatMap((discovery) => {
      const answered = discovery.answers.filter((answer) => answer.data?.rcode !== undefined);
      const missing = answered.filter((answer) => answer.status === 'dns-nxdomain');
      if (missing.length === 0 || missing.length !== answered.length) return [];
      return [{
        ruleId: 'dns/srv-missing',
        args: { queryName: discovery.queryName, domain: discovery.domain, servers: missing.flatMap((answer) => answer.target.server ?? []), code: '0x8007232B' },
        message: msg('dns/srv-missing.message'),
        target: discovery.domain,
        evidence: missing.map(probeEvidence),
        remedy: publishSrvRemedy(discovery.domain),
      }];
    });
  },
};
