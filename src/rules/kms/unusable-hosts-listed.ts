import type { Rule } from '../rule.js';
import { hostPort, usableCandidates } from '../select.js';

export const unusableHostsListed: Rule = {
  id: 'kms/unusable-hosts-listed',
  check(facts) {
    const targets = usableCandidates(facts).filter((target) => target.source === 'srv');
    const usable = targets.filter((target) => ['ready', 'port-open', 'not-tested'].includes(target.verdict));
    const broken = targets.filter((target) => !usable.includes(target) && target.resolution.status !== 'cancelled');
    if (usable.length === 0 || broken.length === 0) return [];
    return [{
      ruleId: 'kms/unusable-hosts-listed',
      message: `${broken.length} of ${targets.length} listed KMS hosts cannot be used (${broken.map((target) => `${hostPort(target)}: ${target.verdict}`).join(', ')}); clients that try them first wait and retry before reaching ${usable.map(hostPort).join(', ')}`,
      evidence: broken.map((target) => ({ kind: 'probe' as const, ref: target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: `${hostPort(target)}: ${target.verdict}` })),
      remedy: [`Remove the records of hosts that are gone, or repair them (see the findings for each host)`, `Then clear cached hosts on clients that used them: slmgr.vbs /ckms`],
    }];
  },
};
