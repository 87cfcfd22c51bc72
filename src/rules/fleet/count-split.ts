import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** No host reaches 25 although the fleet's clients together would (kms-facts.md §7.4): the count is split over too many hosts. */
export const fleetCountSplit = fleetRule('fleet/count-split', ({ split }) => {
  if (!split?.split) return [];
  return [
    {
      // The summary is a catalog message (src/host/split-count.ts), worded in the report's language.
      message: msg('fleet/count-split.message', { summary: split.summary }),
      evidence: split.hosts.map((h) => ({
        kind: 'setting' as const,
        ref: `${h.host}.count`,
        summary: msg('fleet/count-split.evidence', { host: h.host, count: h.count, source: h.source }),
      })),
      remedy: [
        msg('fleet/count-split.remedy.fewer-hosts', { command: 'kmsdoctor publication --expect-host …' }),
        msg('fleet/count-split.remedy.one-host', { pin: 'slmgr.vbs /skms <host>:1688', noCaching: 'slmgr.vbs /ckhc' }),
      ],
    },
  ];
});
