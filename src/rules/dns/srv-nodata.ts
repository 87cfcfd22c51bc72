import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { publishSrvRemedy } from './remedies.js';
import { isAliased } from './srv-name-is-alias.js';

/** The name exists on every server that answered, but holds no SRV record. */
export const srvNodata: Rule = {
  id: 'dns/srv-nodata',
  check(facts) {
    // A comparison domain is not searched by the client: its emptiness breaks nothing.
    return (facts.connectivity?.domains ?? []).filter((discovery) => discovery.role !== 'comparison').flatMap((discovery) => {
      const answered = discovery.answers.filter((answer) => answer.data?.rcode !== undefined);
      // An empty answer through an alias is explained by dns/srv-name-is-alias instead.
      const empty = answered.filter((answer) => answer.status === 'dns-nodata' && !(answer.data && isAliased(answer.data)));
      if (empty.length === 0 || answered.some((answer) => answer.ok)) return [];
      return [{
        ruleId: 'dns/srv-nodata',
        args: { queryName: discovery.queryName, domain: discovery.domain, servers: empty.map((answer) => answer.target.server ?? ''), code: '0x8007251D' },
        message: msg('dns/srv-nodata.message'),
        target: discovery.domain,
        evidence: empty.map(probeEvidence),
        remedy: publishSrvRemedy(discovery.domain),
      }];
    });
  },
};
