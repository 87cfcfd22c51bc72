import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { listenerCommand } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const protocolAnomaly: Rule = {
  id: 'rpc/protocol-anomaly',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => (endpoint.rpc?.data?.anomalies.length ?? 0) > 0)
      .map(({ target, endpoint }) => ({
        ruleId: 'rpc/protocol-anomaly' as const,
        // Each anomaly is the RPC decoder's own phrase (it may hold commas): '; ' keeps them apart.
        args: { host: hostPort(target), address: endpoint.address, port: target.port, anomalies: endpoint.rpc!.data!.anomalies.join('; ') },
        message: msg('rpc/protocol-anomaly.message'),
        target: target.name,
        evidence: [probeEvidence(endpoint.rpc!)],
        remedy: [msg('rpc/protocol-anomaly.remedy.listener', { command: listenerCommand(target.port) })],
      }));
  },
};
