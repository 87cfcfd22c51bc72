import { msg } from '../../catalog/message.js';
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
        return {
          ruleId: 'rpc/no-reply' as const,
          // How the peer said nothing: closed (FIN), reset (RST), or silence until the budget ran out.
          args: { host: hostPort(target), address: endpoint.address, silence: rpc.data?.silence ?? null },
          message: msg('rpc/no-reply.message'),
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [msg('rpc/no-reply.remedy.restart', { command: 'Restart-Service sppsvc' }), msg('rpc/no-reply.remedy.middlebox')],
        };
      });
  },
};
