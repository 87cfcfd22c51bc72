import { msg } from '../../catalog/message.js';
import { fleetHostRule } from './fleet-rule.js';

/**
 * Clients pinned (/skms) or cached on a host that DNS does not publish (with --probe), or that is
 * not among the fleet's KMS hosts (when host snapshots were given): typically a decommissioned
 * host. A pin never falls back to DNS; a cache does, after a failed attempt each time.
 */
export const fleetHostNotPublished = fleetHostRule(
  'fleet/host-not-published',
  (h, fleet) => h.clients > 0 && (fleet.probed ? h.published === false : fleet.hostSnapshots > 0 && !h.known),
  (h, fleet) => ({
    severity: h.pinned > 0 ? 'error' : 'warning',
    args: { clients: h.clients, host: h.host, pinned: h.pinned, cached: h.cached, probed: fleet.probed },
    message: msg('fleet/host-not-published.message', { pinCommand: 'slmgr /skms' }),
    evidence: [
      {
        kind: 'setting',
        ref: 'KeyManagementServiceMachine / DiscoveredKeyManagementServiceMachineName',
        summary: msg('fleet/host-not-published.evidence', { inSrvAnswers: h.published !== false }),
      },
    ],
    remedy: [
      h.pinned > 0
        ? msg('fleet/host-not-published.remedy.unpin', { clear: 'slmgr.vbs /ckms', pin: 'slmgr.vbs /skms <a working host>:1688', activate: 'slmgr.vbs /ato' })
        : msg('fleet/host-not-published.remedy.clear-cache', { clear: 'slmgr.vbs /ckms', activate: 'slmgr.vbs /ato' }),
      msg('fleet/host-not-published.remedy.publish-or-find', { command: 'kmsdoctor publication --host <fqdn>' }),
    ],
  }),
);
