import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints } from '../select.js';

/**
 * Information only: 135 matters to remote management, never to activation. One finding for
 * all hosts, because the remedy is the same and a wall of identical notes hides the errors.
 */
export const managementPortBlocked: Rule = {
  id: 'tcp/management-port-blocked',
  check(facts) {
    const port = facts.connectivity?.managementPort ?? 135;
    const blocked = endpoints(facts).filter(({ endpoint }) => ['closed', 'filtered'].includes(endpoint.management?.data?.state ?? ''));
    if (blocked.length === 0) return [];
    const where = blocked.map(({ target, endpoint }) => `${target.name} (${endpoint.address}: ${endpoint.management?.data?.state})`).join(', ');
    return [{
      ruleId: 'tcp/management-port-blocked',
      message: `TCP ${port} is not reachable on ${where}; remote slmgr, VAMT and WMI cannot manage ${blocked.length === 1 ? 'this host' : 'these hosts'} from here. Activation does not need port ${port}`,
      evidence: blocked.map(({ endpoint }) => probeEvidence(endpoint.management!)),
      remedy: [`Only if you manage KMS hosts remotely: Enable-NetFirewallRule -Name WMI-RPCSS-In-TCP,WMI-WINMGMT-In-TCP (on each host)`],
    }];
  },
};
