import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { hostPort, uniqueTargets } from '../select.js';

export const targetIsCname: Rule = {
  id: 'srv/target-is-cname',
  check(facts) {
    return uniqueTargets(facts)
      .filter((target) => target.source === 'srv' && (target.resolution.data?.cnameChain.length ?? 0) > 0)
      .map((target) => {
        const canonical = target.resolution.data!.cnameChain.at(-1)!;
        return {
          ruleId: 'srv/target-is-cname' as const,
          message: `SRV target ${hostPort(target)} is an alias for ${canonical}; RFC 2782 requires the target to be a host's own name`,
          target: target.name,
          evidence: [probeEvidence(target.resolution)],
          remedy: [
            `Point the record at the canonical name: Add-DnsServerResourceRecord -Srv -ZoneName ${target.domain} -Name _vlmcs._tcp -DomainName ${canonical} -Priority ${target.priority ?? 0} -Weight ${target.weight ?? 0} -Port ${target.port}`,
            `Then remove the record that names the alias ${target.name}`,
          ],
        };
      });
  },
};
