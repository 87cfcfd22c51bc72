import type { Rule } from '../rule.js';
import { srvTargetsIn, USABLE } from './select.js';

/** Information: the host used last is not in the priority group DNS now prefers. */
export const discoveredHostNotPreferred: Rule = {
  id: 'client/discovered-host-not-preferred',
  check(facts) {
    const plan = facts.client?.plan;
    const cached = plan?.cachedHost;
    if (!plan || !cached || plan.mode === 'manual') return [];
    const targets = srvTargetsIn(facts, plan.queryDomains).filter((target) => USABLE.has(target.verdict) && target.priority !== undefined);
    if (targets.length === 0) return [];
    const best = Math.min(...targets.map((target) => target.priority!));
    const preferred = targets.filter((target) => target.priority === best);
    const current = targets.find((target) => target.name === cached.host && target.port === cached.port);
    if (!current || current.priority === best) return [];
    return [{
      ruleId: 'client/discovered-host-not-preferred',
      message: `The client last used ${cached.host}:${cached.port} (priority ${current.priority}); DNS now prefers ${preferred.map((target) => `${target.name}:${target.port}`).join(', ')} (priority ${best}). With host caching on it stays on the old host until that fails`,
      target: cached.host,
      evidence: [{ kind: 'setting', ref: 'service.discoveredMachine', summary: `DiscoveredKeyManagementServiceMachineName = ${cached.host}:${cached.port}` }, ...preferred.map((target) => ({ kind: 'probe' as const, ref: target.resolution.id, summary: `${target.name}:${target.port} priority ${target.priority}` }))],
      remedy: ['To move the client now: slmgr.vbs /ckms, then slmgr.vbs /ato', 'To let clients follow DNS priorities at every attempt: slmgr.vbs /ckhc (disables host caching)'],
    }];
  },
};
