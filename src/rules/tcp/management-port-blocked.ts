import { msg } from '../../catalog/message.js';
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
    return [
      {
        ruleId: 'tcp/management-port-blocked',
        args: {
          port,
          // Each host with its address and port state (closed, filtered): codes, not words.
          hosts: blocked.map(({ target, endpoint }) => `${target.name} (${endpoint.address}: ${endpoint.management?.data?.state})`),
          count: blocked.length,
        },
        message: msg('tcp/management-port-blocked.message'),
        evidence: blocked.map(({ endpoint }) => probeEvidence(endpoint.management!)),
        remedy: [msg('tcp/management-port-blocked.remedy.enable', { command: 'Enable-NetFirewallRule -Name WMI-RPCSS-In-TCP,WMI-WINMGMT-In-TCP' })],
      },
    ];
  },
};
