import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';

/**
 * Clients pinned (/skms) or cached on a host that DNS does not publish (with --probe), or that is
 * not among the fleet's KMS hosts (when host snapshots were given): typically a decommissioned
 * host. A pin never falls back to DNS; a cache does, after a failed attempt each time.
 */
export const fleetHostNotPublished: Rule = {
  id: 'fleet/host-not-published',
  check(facts) {
    const fleet = facts.fleet;
    if (!fleet) return [];
    return fleet.hosts.filter((h) => h.clients > 0 && (fleet.probed ? h.published === false : fleet.hostSnapshots > 0 && !h.known)).map((h) => ({
      ruleId: 'fleet/host-not-published' as const,
      severity: h.pinned > 0 ? 'error' as const : 'warning' as const,
      args: { clients: h.clients, host: h.host, pinned: h.pinned, cached: h.cached, probed: fleet.probed },
      message: msg('fleet/host-not-published.message', { pinCommand: 'slmgr /skms' }),
      target: h.host,
      evidence: [{ kind: 'setting' as const, ref: 'KeyManagementServiceMachine / DiscoveredKeyManagementServiceMachineName', summary: msg('fleet/host-not-published.evidence', { inSrvAnswers: h.published !== false }) }],
      remedy: [
        h.pinned > 0
          ? msg('fleet/host-not-published.remedy.unpin', { clear: 'slmgr.vbs /ckms', pin: 'slmgr.vbs /skms <a working host>:1688', activate: 'slmgr.vbs /ato' })
          : msg('fleet/host-not-published.remedy.clear-cache', { clear: 'slmgr.vbs /ckms', activate: 'slmgr.vbs /ato' }),
        msg('fleet/host-not-published.remedy.publish-or-find', { command: 'kmsdoctor publication --host <fqdn>' }),
      ],
    }));
  },
};
