import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const protocolAnomaly: Rule = {
  id: 'rpc/protocol-anomaly',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => (endpoint.rpc?.data?.anomalies.length ?? 0) > 0)
      .map(({ target, endpoint }) => ({
        ruleId: 'rpc/protocol-anomaly' as const,
        message: `${hostPort(target)} at ${endpoint.address} answered the RPC bind with: ${endpoint.rpc!.data!.anomalies.join('; ')}`,
        target: target.name,
        evidence: [probeEvidence(endpoint.rpc!)],
        remedy: [`Check what software serves this port (it does not behave like the Windows RPC runtime): Get-NetTCPConnection -LocalPort ${target.port} -State Listen`],
      }));
  },
};
