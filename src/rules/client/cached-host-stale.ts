import { msg } from '../../catalog/message.js';
import { cachedHostRule } from './cached-host-rule.js';
import { ACTIVATE } from './remedies.js';
import { directTarget, discoveryOf, srvTargetsIn, USABLE } from './select.js';

/** With caching on, the client tries the cached host first; a dead one costs every renewal a timeout. */
export const cachedHostStale = cachedHostRule('client/cached-host-stale', (facts, plan, cached) => {
  const target = directTarget(facts, cached.host, cached.port);
  // "Not published" needs DNS to have said what the queried domains hold; offline, or with no server answering, it is unknown.
  const answered = plan.queryDomains.some((domain) => discoveryOf(facts, domain)?.answers.some((answer) => ['ok', 'dns-nxdomain', 'dns-nodata'].includes(answer.status)));
  const published = srvTargetsIn(facts, plan.queryDomains).some((candidate) => candidate.name === cached.host && candidate.port === cached.port);
  const usable = target ? USABLE.has(target.verdict) : true;
  if (usable && (published || !answered)) return [];
  return [
    {
      ruleId: 'client/cached-host-stale',
      args: { host: cached.host, port: cached.port, domains: plan.queryDomains, unpublished: !published && answered, usable, verdict: target?.verdict ?? null },
      message: msg('client/cached-host-stale.message'),
      target: cached.host,
      evidence: [
        { kind: 'setting', ref: 'service.discoveredMachine', summary: msg('client/cached-host-stale.evidence.setting') },
        ...(target ? [{ kind: 'probe' as const, ref: target.endpoints[0]?.activation?.id ?? target.resolution.id, summary: msg('evidence.client.host-verdict') }] : []),
      ],
      remedy: [msg('client/cached-host-stale.remedy.rediscover', { command: 'slmgr.vbs /ckms', activateCommand: ACTIVATE })],
    },
  ];
});
