import type { Rule } from '../rule.js';

const USABLE = new Set(['ready', 'port-open']);

/** With --probe: a host that clients are pinned or cached to does not take a KMS connection. Probed once, whatever the number of clients. */
export const fleetHostUnreachable: Rule = {
  id: 'fleet/host-unreachable',
  check(facts) {
    const fleet = facts.fleet;
    if (!fleet?.probed) return [];
    return fleet.hosts.filter((h) => h.clients > 0 && h.reachable !== null && !USABLE.has(h.reachable)).map((h) => ({
      ruleId: 'fleet/host-unreachable' as const,
      severity: h.pinned > 0 ? 'error' as const : 'warning' as const,
      message: `${h.host}, where ${h.clients} clients go (${h.pinned} pinned, ${h.cached} cached), does not take a KMS connection: ${h.reachable}.`,
      target: h.host,
      evidence: [{ kind: 'probe' as const, ref: `fleet-probe:${h.host}`, summary: `${h.host}: ${h.reachable}` }],
      remedy: [
        `See why from here: kmsdoctor connectivity --kms-host ${h.host}`,
        h.pinned > 0 ? 'Pinned clients will not try another host: slmgr.vbs /ckms (or /skms <a working host>) on them, then slmgr.vbs /ato.' : 'Cached clients fall back to DNS; clear the cache to save the failed attempt: slmgr.vbs /ckms.',
      ],
    }));
  },
};
