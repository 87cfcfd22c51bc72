import type { Rule } from '../rule.js';
import { hostPort, uniqueTargets } from '../select.js';
import { KMS_PORT } from '../../core/ports.js';

export const nonstandardPort: Rule = {
  id: 'srv/nonstandard-port',
  check(facts) {
    return uniqueTargets(facts)
      .filter((target) => target.port !== KMS_PORT)
      .map((target) => ({
        ruleId: 'srv/nonstandard-port' as const,
        message: `${hostPort(target)} uses port ${target.port} instead of ${KMS_PORT}; firewalls between clients and the host must allow TCP ${target.port}`,
        target: target.name,
        evidence: [{ kind: 'probe' as const, ref: target.resolution.id, summary: `${target.source === 'srv' ? `SRV record in _vlmcs._tcp.${target.domain}` : 'given host'}: ${hostPort(target)}` }],
        remedy: [`Confirm on the host: slmgr.vbs /dlv (look for "Listening on Port")`, `To return to the default: slmgr.vbs /sprt ${KMS_PORT}; Restart-Service sppsvc (on the host)`],
      }));
  },
};
