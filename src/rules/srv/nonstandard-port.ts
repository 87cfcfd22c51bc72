import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import { SHOW_LICENSE } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { hostPort, uniqueTargets } from '../select.js';

export const nonstandardPort: Rule = {
  id: 'srv/nonstandard-port',
  check(facts) {
    return uniqueTargets(facts)
      .filter((target) => target.port !== KMS_PORT)
      .map((target) => ({
        ruleId: 'srv/nonstandard-port' as const,
        args: { host: hostPort(target), port: target.port, defaultPort: KMS_PORT, source: target.source, domain: target.domain ?? null },
        message: msg('srv/nonstandard-port.message'),
        target: target.name,
        evidence: [{ kind: 'probe' as const, ref: target.resolution.id, summary: msg('srv/nonstandard-port.evidence') }],
        remedy: [
          msg('srv/nonstandard-port.remedy.confirm', { command: SHOW_LICENSE }),
          msg('srv/nonstandard-port.remedy.default', { command: `slmgr.vbs /sprt ${KMS_PORT}; Restart-Service sppsvc` }),
        ],
      }));
  },
};
