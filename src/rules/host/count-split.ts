import { msg } from '../../catalog/message.js';
import { THRESHOLDS } from '../../host/health.js';
import type { Rule } from '../rule.js';
import { LIST_KMS_HOSTS, PIN_TO_HOST } from './commands.js';

/** §7.4: several hosts, none reaching 25, although together they saw enough clients. */
export const hostCountSplit: Rule = {
  id: 'host/count-split',
  check(facts) {
    const split = facts.host?.split;
    if (!split?.split) return [];
    return [
      {
        ruleId: 'host/count-split',
        // Without logs only the counts are known: their sum is an upper bound, which the message says.
        args: {
          hostCount: split.hosts.length,
          threshold: THRESHOLDS['windows-client'].threshold,
          combined: split.combinedDistinctClients,
          sumOfCounts: split.sumOfCounts,
          hostCounts: split.hosts.map((h) => `${h.host} ${h.count ?? '?'}`),
        },
        message: msg('host/count-split.message'),
        evidence: split.hosts.map((h) => ({
          kind: 'setting' as const,
          ref: `host.${h.host}.count`,
          summary: msg('host/count-split.evidence', { host: h.host, count: h.count, source: h.source, inLog: h.distinctClientsInLog }),
        })),
        remedy: [
          msg('host/count-split.remedy.few-hosts', { command: LIST_KMS_HOSTS }),
          msg('host/count-split.remedy.retire', { command: 'slmgr.vbs /upk', clearCommand: 'slmgr.vbs /cpky' }),
          msg('host/count-split.remedy.pin', { command: PIN_TO_HOST }),
        ],
      },
    ];
  },
};
