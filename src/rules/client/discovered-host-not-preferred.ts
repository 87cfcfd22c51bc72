import { msg } from '../../catalog/message.js';
import { cachedHostRule } from './cached-host-rule.js';
import { ACTIVATE } from './remedies.js';
import { srvTargetsIn, USABLE } from './select.js';

/** Information: the host used last is not in the priority group DNS now prefers. */
export const discoveredHostNotPreferred = cachedHostRule('client/discovered-host-not-preferred', (facts, plan, cached) => {
  const targets = srvTargetsIn(facts, plan.queryDomains).filter((target) => USABLE.has(target.verdict) && target.priority !== undefined);
  if (targets.length === 0) return [];
  const best = Math.min(...targets.map((target) => target.priority!));
  const preferred = targets.filter((target) => target.priority === best);
  const current = targets.find((target) => target.name === cached.host && target.port === cached.port);
  if (!current || current.priority === best) return [];
  return [
    {
      ruleId: 'client/discovered-host-not-preferred',
      args: { host: cached.host, port: cached.port, priority: current.priority!, preferred: preferred.map((target) => `${target.name}:${target.port}`), preferredPriority: best },
      message: msg('client/discovered-host-not-preferred.message'),
      target: cached.host,
      evidence: [
        { kind: 'setting', ref: 'service.discoveredMachine', summary: msg('client/discovered-host-not-preferred.evidence.setting') },
        ...preferred.map((target) => ({
          kind: 'probe' as const,
          ref: target.resolution.id,
          summary: msg('client/discovered-host-not-preferred.evidence.preferred', { record: `${target.name}:${target.port}`, recordPriority: target.priority! }),
        })),
      ],
      remedy: [
        msg('client/discovered-host-not-preferred.remedy.move', { command: 'slmgr.vbs /ckms', activateCommand: ACTIVATE }),
        msg('client/discovered-host-not-preferred.remedy.follow-priorities', { command: 'slmgr.vbs /ckhc' }),
      ],
    },
  ];
});
