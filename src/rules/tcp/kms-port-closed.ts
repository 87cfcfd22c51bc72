import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const kmsPortClosed: Rule = {
  id: 'tcp/kms-port-closed',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'closed')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/kms-port-closed' as const,
        message: `${hostPort(target)} at ${endpoint.address} refused the connection: nothing listens on port ${target.port}`,
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          `On the host, check that the Software Protection service runs: Get-Service sppsvc; Start-Service sppsvc`,
          `Check that it is a KMS host and which port it listens on: slmgr.vbs /dlv ("Key Management Service is enabled", "Listening on Port")`,
          `If it is no longer a KMS host, remove its _vlmcs._tcp record${target.domain ? ` from ${target.domain}` : ''} and run slmgr.vbs /ckms on clients`,
        ],
      }));
  },
};
