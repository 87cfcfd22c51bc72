import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const noReply: Rule = {
  id: 'rpc/no-reply',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.rpc && ['no-reply', 'reset', 'timeout'].includes(endpoint.rpc.status))
      .map(({ target, endpoint }) => {
        const rpc = endpoint.rpc!;
        const silence = rpc.data?.silence;
        const how = silence === 'closed' ? 'closed the connection' : silence === 'reset' ? 'reset the connection' : 'stayed silent';
        return {
          ruleId: 'rpc/no-reply' as const,
          message: `${hostPort(target)} at ${endpoint.address} accepted the connection but ${how} when asked for the KMS interface`,
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [
            `Restart the Software Protection service on the host and retry: Restart-Service sppsvc`,
            `Look for a proxy, IPS or load balancer on the path that accepts connections for the host`,
          ],
        };
      });
  },
};
