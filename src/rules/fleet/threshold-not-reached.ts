import { msg } from '../../catalog/message.js';
import { fleetHostRule } from './fleet-rule.js';

/**
 * A host that Windows client editions go to reports a count below 25, so it does not activate
 * them (0xC004F038) while servers and Office (5) may be. Only the host's own count decides: the
 * fleet's clients are a lower bound of who reaches it (machines outside the input count too), so
 * without the host's snapshot nothing is claimed.
 */
export const fleetThresholdNotReached = fleetHostRule(
  'fleet/threshold-not-reached',
  (h) => h.needs25 > 0 && h.reportedCount !== null && h.reportedCount < 25,
  (h) => {
    const clones = h.clients - h.distinctCmids;
    return {
      args: { needs25: h.needs25, needs5: h.needs5, office: h.office, host: h.host, count: h.reportedCount!, clones },
      message: msg('fleet/threshold-not-reached.message', { lowThresholdClients: h.needs5 + h.office }),
      evidence: [{ kind: 'setting', ref: `${h.host}.count`, summary: msg('fleet/threshold-not-reached.evidence') }],
      remedy: [
        ...(clones > 0 ? [msg('fleet/threshold-not-reached.remedy.clones', { ruleId: 'fleet/duplicate-cmid' })] : []),
        msg('fleet/threshold-not-reached.remedy.gather'),
        msg('fleet/threshold-not-reached.remedy.check-host', { command: 'kmsdoctor analyze <host snapshot> <its 12290 export>' }),
      ],
    };
  },
);
