import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { ACTIVATE, SLMGR } from './commands.js';

/** One CMID from several machine names: the image was not generalized (kms-facts.md §8). */
export const hostDuplicateCmid: Rule = {
  id: 'host/duplicate-cmid',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const dups = host.log?.duplicateCmids ?? [];
      if (dups.length === 0) return [];
      const example = dups[0]!;
      return [
        {
          ruleId: 'host/duplicate-cmid' as const,
          args: {
            host: host.name,
            groups: dups.length,
            machines: dups.reduce((n, d) => n + d.clientNames.length, 0),
            // The log names only some machines of a group: the count is then a lower bound (shown as "+").
            moreNames: dups.some((d) => d.moreNames),
            cmid: example.cmid,
            names: example.clientNames,
          },
          message: msg('host/duplicate-cmid.message'),
          target: host.name,
          evidence: dups.slice(0, 10).map((d) => ({
            kind: 'event' as const,
            ref: `host.${host.name}.cmid.${d.cmid}`,
            summary: msg('host/duplicate-cmid.evidence', { cmid: d.cmid, names: d.clientNames, moreNames: d.moreNames, firstSeen: d.firstSeen, lastSeen: d.lastSeen }),
          })),
          remedy: [
            msg('host/duplicate-cmid.remedy.generalize', {
              command: 'sysprep /generalize',
              unattendSetting: '<SkipRearm>1</SkipRearm>',
              setupLog: 'C:\\Windows\\System32\\sysprep\\Panther\\setupact.log',
            }),
            msg('host/duplicate-cmid.remedy.rearm', { affected: dups.flatMap((d) => d.clientNames).slice(0, 5), command: `${SLMGR} /rearm`, activateCommand: ACTIVATE }),
            msg('host/duplicate-cmid.remedy.check', { command: 'slmgr.vbs /dli' }),
          ],
        },
      ];
    });
  },
};
