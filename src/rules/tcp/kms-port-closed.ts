import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { CLEAR_KMS_HOST, SHOW_LICENSE } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const kmsPortClosed: Rule = {
  id: 'tcp/kms-port-closed',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'closed')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/kms-port-closed' as const,
        args: { host: hostPort(target), address: endpoint.address, port: target.port, domain: target.domain ?? null },
        message: msg('tcp/kms-port-closed.message'),
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          msg('tcp/kms-port-closed.remedy.service', { command: 'Get-Service sppsvc; Start-Service sppsvc' }),
          msg('tcp/kms-port-closed.remedy.is-kms-host', { command: SHOW_LICENSE }),
          msg('tcp/kms-port-closed.remedy.retire', { command: CLEAR_KMS_HOST }),
        ],
      }));
  },
};
