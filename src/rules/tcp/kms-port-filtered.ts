import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const kmsPortFiltered: Rule = {
  id: 'tcp/kms-port-filtered',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'filtered')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/kms-port-filtered' as const,
        args: { host: hostPort(target), address: endpoint.address, port: target.port, waitedMs: Math.round(endpoint.activation!.durationMs) },
        message: msg('tcp/kms-port-filtered.message'),
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          msg('tcp/kms-port-filtered.remedy.builtin-rule', { command: 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True' }),
          // The built-in rule opens only the default port.
          ...(target.port === KMS_PORT ? [] : [msg('tcp/kms-port-filtered.remedy.own-port-rule', {
            command: `New-NetFirewallRule -DisplayName 'Key Management Service (TCP ${target.port})' -Direction Inbound -Protocol TCP -LocalPort ${target.port} -Action Allow -Profile Domain,Private`,
          })]),
          msg('tcp/kms-port-filtered.remedy.path', { command: `Test-NetConnection ${target.name} -Port ${target.port}` }),
        ],
      }));
  },
};
