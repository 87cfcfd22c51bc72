import { msg } from '../../catalog/message.js';
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
    return [
      {
        ruleId: 'client/lookup-domain-without-records',
        args: { domain, statuses: discovery.answers.map((answer) => answer.status) },
        message: msg('client/lookup-domain-without-records.message'),
        target: domain,
        evidence: [
          { kind: 'setting', ref: 'service.lookupDomain', summary: msg('client/lookup-domain-without-records.evidence.setting') },
          ...discovery.answers.map((answer) => ({
            kind: 'probe' as const,
            ref: answer.id,
            summary: msg('client/lookup-domain-without-records.evidence.answer', { queryName: answer.target.host, server: answer.target.server ?? null, status: answer.status }),
          })),
        ],
        remedy: [
          msg('client/lookup-domain-without-records.remedy.clear', { command: 'slmgr.vbs /ckms-domain' }),
          msg('client/lookup-domain-without-records.remedy.other-domain', { command: 'slmgr.vbs /skms-domain <domain>' }),
          msg('client/lookup-domain-without-records.remedy.publish', { command: 'kmsdoctor explain dns/srv-missing' }),
        ],
      },
    ];
  },
};
