import type { Rule } from '../rule.js';
import { hostPort, usableCandidates } from '../select.js';

/** The verdict a client would reach: every host it could try fails. */
export const noUsableHost: Rule = {
  id: 'kms/no-usable-host',
  check(facts) {
    const targets = usableCandidates(facts);
    // A host whose probes the deadline cut short is unknown, not broken: run/deadline-reached says so instead.
    const cut = targets.some((target) => [target.resolution, ...target.endpoints.flatMap((e) => [e.activation, e.rpc])].some((result) => result?.status === 'cancelled'));
    if (targets.length === 0 || cut || targets.some((target) => ['ready', 'port-open', 'not-tested'].includes(target.verdict))) return [];
    return [{
      ruleId: 'kms/no-usable-host',
      message: `None of the ${targets.length} KMS host(s) a client would try can be used (${targets.map((target) => `${hostPort(target)}: ${target.verdict}`).join(', ')}); activation will fail with 0xC004F074`,
      evidence: targets.map((target) => ({ kind: 'probe' as const, ref: target.endpoints[0]?.rpc?.id ?? target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: `${hostPort(target)}: ${target.verdict}` })),
      remedy: [
        `Fix the findings above for at least one host, then activate: slmgr.vbs /ato`,
        `Afterwards, confirm on the client: Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289} -MaxEvents 4`,
      ],
    }];
  },
};
