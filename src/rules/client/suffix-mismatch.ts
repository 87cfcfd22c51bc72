import { msg } from '../../catalog/message.js';
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
    const queryNames = plan.queryDomains.map((domain) => `_vlmcs._tcp.${domain}`);
    return [
      {
        ruleId: 'client/suffix-mismatch',
        args: { domains: elsewhere, queryNames, queryNameCount: queryNames.length },
        message: msg('client/suffix-mismatch.message'),
        target: elsewhere[0]!,
        evidence: [{ kind: 'setting', ref: 'dns.primaryDnsSuffix', summary: msg('client/suffix-mismatch.evidence') }],
        remedy: [
          msg('client/suffix-mismatch.remedy.lookup-domain', { command: `slmgr.vbs /skms-domain ${elsewhere[0]}` }),
          msg('client/suffix-mismatch.remedy.publish', { command: 'Restart-Service sppsvc' }),
          msg('client/suffix-mismatch.remedy.suffix'),
        ],
      },
    ];
  },
};
