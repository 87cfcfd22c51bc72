import type { Rule } from '../rule.js';
import { directTarget, USABLE } from './select.js';

/** With a manual host DNS is never consulted, so a broken pinned host is the whole story. */
export const manualHostUnusable: Rule = {
  id: 'client/manual-host-unusable',
  check(facts) {
    const manual = facts.client?.plan.manualHost;
    if (!manual) return [];
    const target = directTarget(facts, manual.host, manual.port);
    if (!target || USABLE.has(target.verdict)) return [];
    return [{
      ruleId: 'client/manual-host-unusable',
      message: `The client is pinned to ${manual.host}:${manual.port} (slmgr /skms${manual.scope === 'product' ? ' for this product' : ''}) and that host is ${target.verdict}; the client never falls back to DNS, so activation fails (0xC004F074)`,
      target: manual.host,
      evidence: [
        { kind: 'setting', ref: manual.scope === 'product' ? 'product.kmsMachine' : 'service.kmsMachine', summary: `KeyManagementServiceMachine = ${manual.host}, port ${manual.port}` },
        { kind: 'probe', ref: target.endpoints[0]?.rpc?.id ?? target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: `${manual.host}:${manual.port}: ${target.verdict}` },
      ],
      remedy: [
        'Return the client to DNS auto-discovery: slmgr.vbs /ckms',
        'Or point it at a working host: slmgr.vbs /skms <kms-host-fqdn>:1688',
        'Then activate: slmgr.vbs /ato',
      ],
    }];
  },
};
