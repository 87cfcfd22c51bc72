import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import type { Rule } from '../rule.js';

export const noDnsSuffix: Rule = {
  id: 'client/no-dns-suffix',
  check(facts) {
    const plan = facts.client?.plan;
    if (plan?.mode !== 'no-suffix') return [];
    return [
      {
        ruleId: 'client/no-dns-suffix',
        args: { searchList: plan.comparisonDomains, searchListCount: plan.comparisonDomains.length },
        message: msg('client/no-dns-suffix.message'),
        evidence: [{ kind: 'setting', ref: 'dns.primaryDnsSuffix', summary: msg('client/no-dns-suffix.evidence') }],
        remedy: [
          msg('client/no-dns-suffix.remedy.suffix', { command: 'Set-DnsClient -InterfaceAlias <adapter> -ConnectionSpecificSuffix <domain>' }),
          msg('client/no-dns-suffix.remedy.lookup-domain', { command: 'slmgr.vbs /skms-domain <domain>' }),
          msg('client/no-dns-suffix.remedy.host', { command: `slmgr.vbs /skms <kms-host-fqdn>:${KMS_PORT}` }),
        ],
      },
    ];
  },
};
