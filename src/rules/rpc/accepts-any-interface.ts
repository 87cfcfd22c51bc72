import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { SHOW_LICENSE } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

/** A tell, never a verdict: it says how the endpoint behaves, not whether it is licensed. */
export const acceptsAnyInterface: Rule = {
  id: 'rpc/accepts-any-interface',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.rpc?.data?.acceptsAnyInterface === true)
      .map(({ target, endpoint }) => ({
        ruleId: 'rpc/accepts-any-interface' as const,
        args: { host: hostPort(target), address: endpoint.address },
        message: msg('rpc/accepts-any-interface.message'),
        target: target.name,
        evidence: [probeEvidence(endpoint.rpc!)],
        remedy: [msg('rpc/accepts-any-interface.remedy.inventory', { command: SHOW_LICENSE })],
      }));
  },
};
