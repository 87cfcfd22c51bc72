import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';

/**
 * An SRV record with target "." (RFC 2782: "the service is decidedly not available at this
 * domain"). It names no host, so there is nothing to resolve or probe: the domain says KMS is
 * not offered there, and a client searching only it finds no host.
 */
export const kmsNotOffered: Rule = {
  id: 'dns/kms-not-offered',
  check(facts) {
    // A comparison domain is not searched by the client: what it declines breaks nothing.
    return (facts.connectivity?.domains ?? []).filter((discovery) => discovery.role !== 'comparison').flatMap((discovery) => {
      const declining = discovery.answers.filter((answer) => answer.data?.declined);
      if (declining.length === 0) return [];
      const listed = discovery.answers.reduce((sum, answer) => sum + (answer.data?.records.length ?? 0), 0);
      const servers = declining.map((answer) => answer.target.server).join(', ');
      return [{
        ruleId: 'dns/kms-not-offered' as const,
        // Next to real records the "." record contradicts them: a warning, the hosts are still tried.
        severity: listed > 0 ? ('warning' as const) : ('error' as const),
        message:
          listed > 0
            ? `${discovery.queryName} holds an SRV record with target "." (KMS decidedly not offered in ${discovery.domain}, RFC 2782) next to records that name hosts (from ${servers}); the "." record contradicts them`
            : `${discovery.queryName} says KMS is decidedly not offered in ${discovery.domain} (SRV target ".", RFC 2782, from ${servers}); clients that search only this domain find no KMS host`,
        target: discovery.domain,
        evidence: declining.map(probeEvidence),
        remedy: [
          `See the record on the DNS server: Get-DnsServerResourceRecord -ZoneName ${discovery.domain} -Name _vlmcs._tcp -RRType Srv`,
          `If KMS should be offered in ${discovery.domain}, remove the "." record: Get-DnsServerResourceRecord -ZoneName ${discovery.domain} -Name _vlmcs._tcp -RRType Srv | Where-Object { $_.RecordData.DomainName -eq '.' } | Remove-DnsServerResourceRecord -ZoneName ${discovery.domain} -Force`,
          `Then let the KMS host publish there, or point clients elsewhere: slmgr.vbs /skms-domain <domain-with-the-record> or slmgr.vbs /skms <kms-host-fqdn>:1688`,
        ],
      }];
    });
  },
};
