import type { Rule } from '../rule.js';

export const noDnsSuffix: Rule = {
  id: 'client/no-dns-suffix',
  check(facts) {
    const plan = facts.client?.plan;
    if (plan?.mode !== 'no-suffix') return [];
    return [{
      ruleId: 'client/no-dns-suffix',
      message: 'This machine has no primary or connection-specific DNS suffix and no KMS host or lookup domain is set: the client has no _vlmcs._tcp name to query and fails with 0x8007007B',
      evidence: [{ kind: 'setting', ref: 'dns.primaryDnsSuffix', summary: `primary DNS suffix: none; connection-specific suffixes: none${plan.comparisonDomains.length ? `; search list: ${plan.comparisonDomains.join(', ')}` : ''}` }],
      remedy: [
        'Give the machine a primary DNS suffix (System Properties → Computer Name → More…), or a connection-specific suffix through DHCP option 15: Set-DnsClient -InterfaceAlias <adapter> -ConnectionSpecificSuffix <domain>',
        'Or name the domain that holds the records: slmgr.vbs /skms-domain <domain>',
        'Or name the host: slmgr.vbs /skms <kms-host-fqdn>:1688',
      ],
    }];
  },
};
