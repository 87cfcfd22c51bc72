import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import type { Rule } from '../rule.js';
import { thenActivate } from './remedies.js';
import { directTarget, USABLE } from './select.js';

/** With a manual host DNS is never consulted, so a broken pinned host is the whole story. */
export const manualHostUnusable: Rule = {
  id: 'client/manual-host-unusable',
  check(facts) {
    const manual = facts.client?.plan.manualHost;
    if (!manual) return [];
    const target = directTarget(facts, manual.host, manual.port);
    if (!target || USABLE.has(target.verdict)) return [];
    return [
      {
        ruleId: 'client/manual-host-unusable',
        args: { host: manual.host, port: manual.port, scope: manual.scope, verdict: target.verdict },
        message: msg('client/manual-host-unusable.message'),
        target: manual.host,
        evidence: [
          { kind: 'setting', ref: manual.scope === 'product' ? 'product.kmsMachine' : 'service.kmsMachine', summary: msg('client/manual-host-unusable.evidence.setting') },
          { kind: 'probe', ref: target.endpoints[0]?.rpc?.id ?? target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: msg('evidence.client.host-verdict') },
        ],
        remedy: [
          msg('client/manual-host-unusable.remedy.auto-discovery', { command: 'slmgr.vbs /ckms' }),
          msg('client/manual-host-unusable.remedy.other-host', { command: `slmgr.vbs /skms <kms-host-fqdn>:${KMS_PORT}` }),
          thenActivate(),
        ],
      },
    ];
  },
};
