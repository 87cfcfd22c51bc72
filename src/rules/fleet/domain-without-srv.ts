import type { Rule } from '../rule.js';

/** With --probe: a DNS suffix group whose domain has no `_vlmcs._tcp` record; its clients cannot discover a host (0x8007232B / 0x8007251D). */
export const fleetDomainWithoutSrv: Rule = {
  id: 'fleet/domain-without-srv',
  check(facts) {
    const fleet = facts.fleet;
    if (!fleet?.probed) return [];
    return fleet.domains.filter((d) => d.srv === 'none').map((d) => ({
      ruleId: 'fleet/domain-without-srv' as const,
      message: `${d.clients} clients query _vlmcs._tcp.${d.domain} first, and it holds no SRV record (${d.detail}): unless a cached host still answers, they find no KMS host.`,
      target: d.domain,
      evidence: [{ kind: 'probe' as const, ref: `srv:_vlmcs._tcp.${d.domain}`, summary: d.detail }],
      remedy: [
        `Have a KMS host publish there: add ${d.domain} to DnsDomainPublishList on the host (then restart sppsvc), or create the record by hand (Add-DnsServerResourceRecord -Srv -Name _vlmcs._tcp -ZoneName ${d.domain} -DomainName <host FQDN> -Port 1688 -Priority 0 -Weight 0).`,
        'Or point these clients at a domain with records: slmgr.vbs /skms-domain <domain> (no fallback), or fix their DNS suffix.',
      ],
    }));
  },
};
