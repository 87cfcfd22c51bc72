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
      message:
        `${h.clients} clients go to ${h.host} (${h.pinned} pinned with slmgr /skms, ${h.cached} cached), a host ` +
        `${fleet.probed ? 'that no probed _vlmcs._tcp domain publishes' : 'that is not among the KMS hosts whose snapshots were given'}` +
        `${h.pinned > 0 ? ': pinned clients never ask DNS for another' : ': cached clients fail once at each renewal before they ask DNS'}.`,
      target: h.host,
      evidence: [{ kind: 'setting' as const, ref: 'KeyManagementServiceMachine / DiscoveredKeyManagementServiceMachineName', summary: `${h.host}: ${h.pinned} pinned, ${h.cached} cached${h.published === false ? '; not in any SRV answer' : ''}` }],
      remedy: [
        h.pinned > 0 ? 'On the pinned clients, elevated: slmgr.vbs /ckms (back to DNS discovery) or slmgr.vbs /skms <a working host>:1688, then slmgr.vbs /ato.' : 'On the cached clients, elevated: slmgr.vbs /ckms clears the cache; slmgr.vbs /ato then discovers a published host.',
        'If the host should still serve: publish it (kmsdoctor publication --host <fqdn>) — or, if it was retired, find what still pins to it (GPO, image, script).',
      ],
    }));
  },
};
