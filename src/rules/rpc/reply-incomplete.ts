import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

/**
 * The peer started a reply to the bind and was still sending when the budget ran out. Slowness is
 * not "no reply" and not "not RPC": what came so far is the evidence, and no verdict is drawn from it.
 */
export const replyIncomplete: Rule = {
  id: 'rpc/reply-incomplete',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.rpc?.status === 'incomplete')
      .map(({ target, endpoint }) => {
        const rpc = endpoint.rpc!;
        return {
          ruleId: 'rpc/reply-incomplete' as const,
          message: `${hostPort(target)} at ${endpoint.address} began answering the KMS bind but had sent only ${rpc.data?.replyBytes ?? 0} bytes when the ${rpc.durationMs} ms budget ran out`,
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [
            `Retry with a longer budget to tell a slow path from a stalled service: kmsdoctor rpc ${endpoint.address.includes(':') ? `[${endpoint.address}]` : endpoint.address}:${target.port} --timeout 15000`,
            `Look for a proxy, IPS or WAN optimiser between here and the host that holds or trickles TCP data`,
          ],
        };
      });
  },
};
