import { msg } from '../../catalog/message.js';
import { fleetHostRule } from './fleet-rule.js';

const USABLE = new Set(['ready', 'port-open']);

/** With --probe: a host that clients are pinned or cached to does not take a KMS connection. Probed once, whatever the number of clients. */
export const fleetHostUnreachable = fleetHostRule(
  'fleet/host-unreachable',
  (h, fleet) => fleet.probed && h.clients > 0 && h.reachable !== null && !USABLE.has(h.reachable),
  (h) => ({
    severity: h.pinned > 0 ? 'error' : 'warning',
    args: { host: h.host, clients: h.clients, pinned: h.pinned, cached: h.cached, verdict: h.reachable },
    message: msg('fleet/host-unreachable.message'),
    evidence: [{ kind: 'probe', ref: `fleet-probe:${h.host}`, summary: msg('fleet/host-unreachable.evidence') }],
    remedy: [
      msg('fleet/host-unreachable.remedy.diagnose', { command: `kmsdoctor connectivity --kms-host ${h.host}` }),
      h.pinned > 0
        ? msg('fleet/host-unreachable.remedy.unpin', { clear: 'slmgr.vbs /ckms', pin: '/skms <a working host>', activate: 'slmgr.vbs /ato' })
        : msg('fleet/host-unreachable.remedy.clear-cache', { clear: 'slmgr.vbs /ckms' }),
    ],
  }),
);
