import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { hostPort, usableCandidates } from '../select.js';
import { CLEAR_KMS_HOST } from './commands.js';
import { verdictEvidence, verdictLine } from './verdicts.js';

export const unusableHostsListed: Rule = {
  id: 'kms/unusable-hosts-listed',
  check(facts) {
    const targets = usableCandidates(facts).filter((target) => target.source === 'srv');
    const usable = targets.filter((target) => ['ready', 'port-open', 'not-tested'].includes(target.verdict));
    const broken = targets.filter((target) => !usable.includes(target) && target.resolution.status !== 'cancelled');
    if (usable.length === 0 || broken.length === 0) return [];
    return [
      {
        ruleId: 'kms/unusable-hosts-listed',
        args: { broken: broken.length, listed: targets.length, brokenHosts: broken.map(verdictLine), usableHosts: usable.map(hostPort) },
        message: msg('kms/unusable-hosts-listed.message'),
        evidence: broken.map((target) => verdictEvidence(target, target.endpoints[0]?.activation?.id ?? target.resolution.id)),
        remedy: [msg('kms/unusable-hosts-listed.remedy.remove-or-repair'), msg('kms/unusable-hosts-listed.remedy.clear-clients', { command: CLEAR_KMS_HOST })],
      },
    ];
  },
};
