import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { addKmsRecordCommand } from '../dns/commands.js';
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
          args: { host: hostPort(target), alias: target.name, canonical, domain: target.domain ?? null },
          message: msg('srv/target-is-cname.message'),
          target: target.name,
          evidence: [probeEvidence(target.resolution)],
          remedy: [
            msg('srv/target-is-cname.remedy.repoint', {
              command: addKmsRecordCommand(target.domain ?? '', { target: canonical, priority: target.priority ?? 0, weight: target.weight ?? 0, port: target.port }),
            }),
            msg('srv/target-is-cname.remedy.remove-old'),
          ],
        };
      });
  },
};
