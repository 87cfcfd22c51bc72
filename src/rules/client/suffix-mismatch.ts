import type { Rule } from '../rule.js';
import { hasRecords } from './select.js';

/** The classic "nslookup finds it, activation does not": the records live in a domain the client never queries. */
export const suffixMismatch: Rule = {
  id: 'client/suffix-mismatch',
  check(facts) {
    const plan = facts.client?.plan;
    if (!plan || (plan.mode !== 'dns' && plan.mode !== 'lookup-domain' && plan.mode !== 'no-suffix')) return [];
    if (plan.queryDomains.some((domain) => hasRecords(facts, domain))) return [];
    const elsewhere = plan.comparisonDomains.filter((domain) => hasRecords(facts, domain));
    if (elsewhere.length === 0) return [];
    const queried = plan.queryDomains.length > 0 ? plan.queryDomains.map((domain) => `_vlmcs._tcp.${domain}`).join(', ') : 'no name at all';
    return [{
      ruleId: 'client/suffix-mismatch',
      message: `KMS records exist in ${elsewhere.join(', ')}, but the client queries ${queried}; nslookup may find them through the search list while activation does not`,
      target: elsewhere[0]!,
      evidence: [{ kind: 'setting', ref: 'dns.primaryDnsSuffix', summary: `queried: ${queried}; records found in: ${elsewhere.join(', ')}` }],
      remedy: [
        `Point the client at that domain: slmgr.vbs /skms-domain ${elsewhere[0]}`,
        `Or have the KMS host publish into the client's domain too (DnsDomainPublishList on the host, then Restart-Service sppsvc)`,
        'Or set the client\'s primary DNS suffix to the domain that holds the records',
      ],
    }];
  },
};
