import type { Rule } from '../rule.js';
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
    return [{
      ruleId: 'client/manual-host-bypasses-dns',
      message: `The client is pinned to ${manual.host}:${manual.port}, so it ignores the ${others.length} host(s) DNS publishes (${others.map((target) => `${target.name}:${target.port}`).join(', ')})${listed ? '' : `; the pinned host is not among them`}`,
      target: manual.host,
      evidence: [
        { kind: 'setting', ref: manual.scope === 'product' ? 'product.kmsMachine' : 'service.kmsMachine', summary: `KeyManagementServiceMachine = ${manual.host}:${manual.port}` },
        ...others.map((target) => ({ kind: 'probe' as const, ref: target.resolution.id, summary: `published: ${target.name}:${target.port} in ${target.domain} (${target.verdict})` })),
      ],
      remedy: ['If the pin is no longer intended, return to auto-discovery: slmgr.vbs /ckms', 'Then activate: slmgr.vbs /ato'],
    }];
  },
};
