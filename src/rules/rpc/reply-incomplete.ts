import { msg } from '../../catalog/message.js';
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
        const address = endpoint.address.includes(':') ? `[${endpoint.address}]` : endpoint.address;
        return {
          ruleId: 'rpc/reply-incomplete' as const,
          args: { host: hostPort(target), address: endpoint.address, bytes: rpc.data?.replyBytes ?? 0, budgetMs: rpc.durationMs },
          message: msg('rpc/reply-incomplete.message'),
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [
            msg('rpc/reply-incomplete.remedy.longer-budget', { command: `kmsdoctor rpc ${address}:${target.port} --timeout 15000` }),
            msg('rpc/reply-incomplete.remedy.middlebox'),
          ],
        };
      });
  },
};
