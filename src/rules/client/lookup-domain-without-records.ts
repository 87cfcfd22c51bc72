import type { Rule } from '../rule.js';
import { discoveryOf, hasRecords } from './select.js';

export const lookupDomainWithoutRecords: Rule = {
  id: 'client/lookup-domain-without-records',
  check(facts) {
    const plan = facts.client?.plan;
    if (plan?.mode !== 'lookup-domain') return [];
    const domain = plan.queryDomains[0]!;
    const discovery = discoveryOf(facts, domain);
    if (!discovery || hasRecords(facts, domain) || discovery.answers.every((answer) => answer.status === 'cancelled')) return [];
    return [{
      ruleId: 'client/lookup-domain-without-records',
      message: `The client only searches ${domain} (slmgr /skms-domain) and _vlmcs._tcp.${domain} has no SRV records (${discovery.answers.map((answer) => answer.status).join(', ')}); there is no fallback to the client's own suffix`,
      target: domain,
      evidence: [
        { kind: 'setting', ref: 'service.lookupDomain', summary: `KeyManagementServiceLookupDomain = ${domain}` },
        ...discovery.answers.map((answer) => ({ kind: 'probe' as const, ref: answer.id, summary: `${answer.target.host} from ${answer.target.server}: ${answer.status}` })),
      ],
      remedy: ['Clear the lookup domain to search the client\'s own suffix: slmgr.vbs /ckms-domain', 'Or set the domain that holds the records: slmgr.vbs /skms-domain <domain>', `Or publish the record in ${domain} (see: kmsdoctor explain dns/srv-missing)`],
    }];
  },
};
