import type { Rule } from '../rule.js';
import { directTarget, discoveryOf, srvTargetsIn, USABLE } from './select.js';

/** With caching on, the client tries the cached host first; a dead one costs every renewal a timeout. */
export const cachedHostStale: Rule = {
  id: 'client/cached-host-stale',
  check(facts) {
    const plan = facts.client?.plan;
    const cached = plan?.cachedHost;
    if (!plan || !cached || plan.mode === 'manual') return [];
    const target = directTarget(facts, cached.host, cached.port);
    // "Not published" needs DNS to have said what the queried domains hold; offline, or with no server answering, it is unknown.
    const answered = plan.queryDomains.some((domain) => discoveryOf(facts, domain)?.answers.some((answer) => ['ok', 'dns-nxdomain', 'dns-nodata'].includes(answer.status)));
    const published = srvTargetsIn(facts, plan.queryDomains).some((candidate) => candidate.name === cached.host && candidate.port === cached.port);
    const usable = target ? USABLE.has(target.verdict) : true;
    if (usable && (published || !answered)) return [];
    const why = [!published && answered ? `no longer published in ${plan.queryDomains.join(', ')}` : '', !usable ? `${target!.verdict}` : ''].filter(Boolean).join(' and ');
    return [{
      ruleId: 'client/cached-host-stale',
      message: `Host caching is on and the cached host ${cached.host}:${cached.port} is ${why}; the client tries it first at every attempt before falling back to DNS`,
      target: cached.host,
      evidence: [
        { kind: 'setting', ref: 'service.discoveredMachine', summary: `DiscoveredKeyManagementServiceMachineName = ${cached.host}, port ${cached.port}; host caching on` },
        ...(target ? [{ kind: 'probe' as const, ref: target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: `${cached.host}:${cached.port}: ${target.verdict}` }] : []),
      ],
      remedy: ['Make the client rediscover: slmgr.vbs /ckms (clears cached and manual names), then slmgr.vbs /ato'],
    }];
  },
};
