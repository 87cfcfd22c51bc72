import type { Rule } from '../rule.js';

/** §7.4: several hosts, none reaching 25, although together they saw enough clients. */
export const hostCountSplit: Rule = {
  id: 'host/count-split',
  check(facts) {
    const split = facts.host?.split;
    if (!split || !split.split) return [];
    return [{
      ruleId: 'host/count-split',
      message: `The activation count is split over ${split.hosts.length} KMS hosts: ${split.summary}`,
      evidence: split.hosts.map((h) => ({ kind: 'setting' as const, ref: `host.${h.host}.count`, summary: `${h.host}: count ${h.count ?? '?'} (${h.source}${h.distinctClientsInLog !== null ? `; ${h.distinctClientsInLog} distinct CMIDs in its log` : ''})` })),
      remedy: [
        'Keep as few KMS hosts as possible (two are enough for most organizations): list them with Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV',
        'Retire test or unmanaged hosts: on each, slmgr.vbs /upk and slmgr.vbs /cpky, then delete its _vlmcs SRV record',
        'Or pin clients to one host while the count builds up: slmgr.vbs /skms <host>:1688',
      ],
    }];
  },
};
