import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { CLEAR_KMS_HOST, REGISTER_DNS } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const hostUnreachable: Rule = {
  id: 'tcp/host-unreachable',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'unreachable')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/host-unreachable' as const,
        // The network's own account (e.g. EHOSTUNREACH), else the probe status.
        args: { host: hostPort(target), address: endpoint.address, reason: endpoint.activation!.error?.message ?? endpoint.activation!.status },
        message: msg('tcp/host-unreachable.message'),
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          msg('tcp/host-unreachable.remedy.route', { command: `Test-NetConnection ${endpoint.address} -TraceRoute` }),
          msg('tcp/host-unreachable.remedy.vpn'),
          msg('tcp/host-unreachable.remedy.old-address', { registerCommand: REGISTER_DNS, clearCommand: CLEAR_KMS_HOST }),
        ],
      }));
  },
};
