import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { hostPort, uniqueTargets } from '../select.js';

export const targetUnresolvable: Rule = {
  id: 'srv/target-unresolvable',
  check(facts) {
    return uniqueTargets(facts)
      .filter((target) => target.verdict === 'unresolved' && target.resolution.status !== 'cancelled')
      .map((target) => {
        const listed = target.source === 'srv' ? `listed in _vlmcs._tcp.${target.domain}` : target.role === 'pinned' ? 'the host the client is pinned to' : target.role === 'cached' ? 'the host the client cached' : 'given as the KMS host';
        const stale = target.source === 'srv' ? ' — usually a stale record left by a decommissioned KMS host' : '';
        return {
          ruleId: 'srv/target-unresolvable' as const,
          message: `${hostPort(target)} (${listed}) does not resolve: ${target.resolution.status}${stale}`,
          target: target.name,
          evidence: [probeEvidence(target.resolution)],
          remedy:
            target.source === 'srv'
              ? [
                  `If the host is gone, delete its record: Get-DnsServerResourceRecord -ZoneName ${target.domain} -Name _vlmcs._tcp -RRType Srv | Where-Object { $_.RecordData.DomainName -eq '${target.name}.' } | Remove-DnsServerResourceRecord -ZoneName ${target.domain} -Force`,
                  `If the host exists, register its address: ipconfig /registerdns (on the host)`,
                  `Then clear cached host names on clients: slmgr.vbs /ckms`,
                ]
              : [`Check the name: Resolve-DnsName ${target.name}`, `Point the client at a host that exists: slmgr.vbs /skms <kms-host-fqdn>:${target.port}, or return to auto-discovery: slmgr.vbs /ckms`],
        };
      });
  },
};
