import { probeEvidence } from '../describe-probe.js';
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
        message: `${hostPort(target)} at ${endpoint.address} also accepted a bind to a random RPC interface; Windows KMS hosts refuse unknown interfaces`,
        target: target.name,
        evidence: [probeEvidence(endpoint.rpc!)],
        remedy: [`Make sure this is the KMS host you deployed: compare its name and address with your inventory, and check slmgr.vbs /dlv on it`],
      }));
  },
};
