import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { usableCandidates } from '../select.js';
import { ACTIVATE } from './commands.js';
import { verdictEvidence, verdictLine } from './verdicts.js';

/** The verdict a client would reach: every host it could try fails. */
export const noUsableHost: Rule = {
  id: 'kms/no-usable-host',
  check(facts) {
    const targets = usableCandidates(facts);
    // A host whose probes the deadline cut short is unknown, not broken: run/deadline-reached says so instead.
    const cut = targets.some((target) => [target.resolution, ...target.endpoints.flatMap((e) => [e.activation, e.rpc])].some((result) => result?.status === 'cancelled'));
    if (targets.length === 0 || cut || targets.some((target) => ['ready', 'port-open', 'not-tested'].includes(target.verdict))) return [];
    return [
      {
        ruleId: 'kms/no-usable-host',
        args: { count: targets.length, hosts: targets.map(verdictLine), code: '0xC004F074' },
        message: msg('kms/no-usable-host.message'),
        evidence: targets.map((target) => verdictEvidence(target, target.endpoints[0]?.rpc?.id ?? target.endpoints[0]?.activation?.id ?? target.resolution.id)),
        remedy: [
          msg('kms/no-usable-host.remedy.fix-one', { command: ACTIVATE }),
          msg('kms/no-usable-host.remedy.confirm', { command: `Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289} -MaxEvents 4` }),
        ],
      },
    ];
  },
};
