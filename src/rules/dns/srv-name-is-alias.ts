import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import type { SrvData } from '../../../probes/srv-discovery.js';

/**
 * `_vlmcs._tcp.<domain>` is a CNAME. Clients follow the alias, so what decides is whether SRV
 * records wait at its end: none (or a loop) is NODATA for the client, 0x8007251D, told here
 * rather than as a bare dns/srv-nodata because the fix is the alias, not a missing record.
 */
export const srvNameIsAlias: Rule = {
  id: 'dns/srv-name-is-alias',
  check(facts) {
    // A comparison domain is not searched by the client: what its name holds breaks nothing.
    return (facts.connectivity?.domains ?? []).filter((discovery) => discovery.role !== 'comparison').flatMap((discovery) => {
      const aliased = discovery.answers.filter((answer) => answer.data && isAliased(answer.data));
      if (aliased.length === 0) return [];
      const empty = aliased.filter((answer) => (answer.data?.records.length ?? 0) === 0 && !answer.data?.declined);
      const anyRecords = discovery.answers.some((answer) => (answer.data?.records.length ?? 0) > 0);
      const first = aliased[0]!.data!;
      const names = [discovery.queryName, ...(first.aliases ?? [])];
      const chain = names.join(' → ');
      const servers = aliased.map((answer) => answer.target.server).join(', ');
      const loop = aliased.some((answer) => answer.data?.aliasLoop);
      const message =
        empty.length === 0
          ? `${discovery.queryName} is an alias (${chain}, from ${servers}); clients follow it and find the SRV records there, but a KMS host cannot publish its own record at a name that holds a CNAME`
          : loop
            ? `${discovery.queryName} is part of a CNAME loop (${chain} → …, from ${servers}): no SRV record can be reached, so clients searching ${discovery.domain} fail with 0x8007251D`
            : `${discovery.queryName} is an alias (${chain}, from ${servers}) and no SRV record waits at its end: clients searching ${discovery.domain} fail with 0x8007251D`;
      const canonical = names.at(-1)!;
      return [{
        ruleId: 'dns/srv-name-is-alias' as const,
        // Working through the alias is information; an alias to nothing is the client's failure,
        // unless other servers do list records (then dns/servers-disagree tells the split).
        severity: empty.length === 0 ? ('info' as const) : anyRecords ? ('warning' as const) : ('error' as const),
        message,
        target: discovery.domain,
        evidence: aliased.map(probeEvidence),
        remedy: [
          `See the alias on the DNS server: Resolve-DnsName -Name ${discovery.queryName} -Type CNAME -DnsOnly`,
          `Remove the alias so the name can hold SRV records: Get-DnsServerResourceRecord -ZoneName ${discovery.domain} -Name _vlmcs._tcp -RRType CName | Remove-DnsServerResourceRecord -ZoneName ${discovery.domain} -Force`,
          `Then publish the KMS host in ${discovery.domain}, or create its record: Add-DnsServerResourceRecord -Srv -ZoneName ${discovery.domain} -Name _vlmcs._tcp -DomainName <kms-host-fqdn> -Priority 0 -Weight 0 -Port 1688`,
          loop ? `Break the loop: one of ${names.join(', ')} must stop being an alias` : `If the records are meant to live at ${canonical}, check that they exist there: Resolve-DnsName -Name ${canonical} -Type SRV -DnsOnly`,
        ],
      }];
    });
  },
};

/** The SRV name is a CNAME: it leads somewhere, or (a CNAME to itself) nowhere at all. */
export function isAliased(data: SrvData): boolean {
  return (data.aliases?.length ?? 0) > 0 || data.aliasLoop === true;
}
