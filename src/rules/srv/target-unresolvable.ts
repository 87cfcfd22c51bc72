import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { removeKmsRecordsCommand, srvTargetFilter } from '../dns/commands.js';
import { CLEAR_KMS_HOST, pinKmsHostCommand, REGISTER_DNS } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { hostPort, uniqueTargets } from '../select.js';

export const targetUnresolvable: Rule = {
  id: 'srv/target-unresolvable',
  check(facts) {
    return uniqueTargets(facts)
      .filter((target) => target.verdict === 'unresolved' && target.resolution.status !== 'cancelled')
      .map((target) => {
        const listed = target.source === 'srv';
        return {
          ruleId: 'srv/target-unresolvable' as const,
          args: { host: hostPort(target), status: target.resolution.status, source: target.source, domain: target.domain ?? null, role: target.role ?? null },
          // A listed host that does not resolve is usually a stale record; a given one is the client's own setting.
          message: msg(listed ? 'srv/target-unresolvable.message.listed' : 'srv/target-unresolvable.message.given'),
          target: target.name,
          evidence: [probeEvidence(target.resolution)],
          remedy: listed
            ? [
                msg('srv/target-unresolvable.remedy.delete-record', { command: removeKmsRecordsCommand(target.domain ?? '', 'Srv', srvTargetFilter(`${target.name}.`)) }),
                msg('srv/target-unresolvable.remedy.register', { command: REGISTER_DNS }),
                msg('srv/target-unresolvable.remedy.clear-clients', { command: CLEAR_KMS_HOST }),
              ]
            : [
                msg('srv/target-unresolvable.remedy.check-name', { command: `Resolve-DnsName ${target.name}` }),
                msg('srv/target-unresolvable.remedy.repoint', { pinCommand: pinKmsHostCommand(target.port), clearCommand: CLEAR_KMS_HOST }),
              ],
        };
      });
  },
};
