import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { thenActivate } from './remedies.js';
import { srvTargetsIn } from './select.js';

/** A pin set years ago hides the hosts DNS publishes today. */
export const manualHostBypassesDns: Rule = {
  id: 'client/manual-host-bypasses-dns',
  check(facts) {
    const client = facts.client;
    const manual = client?.plan.manualHost;
    if (!client || !manual) return [];
    const published = srvTargetsIn(facts, client.plan.comparisonDomains);
    const others = published.filter((target) => target.name !== manual.host || target.port !== manual.port);
    if (others.length === 0) return [];
    const listed = published.some((target) => target.name === manual.host && target.port === manual.port);
    return [
      {
        ruleId: 'client/manual-host-bypasses-dns',
        args: { host: manual.host, port: manual.port, count: others.length, published: others.map((target) => `${target.name}:${target.port}`), listed },
        message: msg('client/manual-host-bypasses-dns.message'),
        target: manual.host,
        evidence: [
          { kind: 'setting', ref: manual.scope === 'product' ? 'product.kmsMachine' : 'service.kmsMachine', summary: msg('client/manual-host-bypasses-dns.evidence.setting') },
          ...others.map((target) => ({
            kind: 'probe' as const,
            ref: target.resolution.id,
            summary: msg('client/manual-host-bypasses-dns.evidence.published', {
              record: `${target.name}:${target.port}`,
              recordDomain: target.domain ?? null,
              verdict: target.verdict,
            }),
          })),
        ],
        remedy: [msg('client/manual-host-bypasses-dns.remedy.auto-discovery', { command: 'slmgr.vbs /ckms' }), thenActivate()],
      },
    ];
  },
};
