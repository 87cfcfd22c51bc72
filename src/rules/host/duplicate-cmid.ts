import type { Rule } from '../rule.js';

/** One CMID from several machine names: the image was not generalized (kms-facts.md §8). */
export const hostDuplicateCmid: Rule = {
  id: 'host/duplicate-cmid',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const dups = host.log?.duplicateCmids ?? [];
      if (dups.length === 0) return [];
      const machines = dups.reduce((n, d) => n + d.clientNames.length, 0);
      return [{
        ruleId: 'host/duplicate-cmid' as const,
        message: `KMS host ${host.name}: ${dups.length} CMID(s) shared by ${machines}${dups.some((d) => d.moreNames) ? '+' : ''} machines (e.g. ${dups[0]!.cmid}: ${dups[0]!.clientNames.join(', ')}); each group counts once, so the count does not grow — the image was not generalized`,
        target: host.name,
        evidence: dups.slice(0, 10).map((d) => ({ kind: 'event' as const, ref: `host.${host.name}.cmid.${d.cmid}`, summary: `12290 CMID ${d.cmid} from ${d.clientNames.join(', ')}${d.moreNames ? ' and more' : ''} (${d.firstSeen} – ${d.lastSeen})` })),
        remedy: [
          'Rebuild the image with sysprep /generalize (and without <SkipRearm>1</SkipRearm> in the unattend file); check on a client that "GENERALIZE" is in C:\\Windows\\System32\\sysprep\\Panther\\setupact.log',
          `Workaround on each affected machine (${dups.flatMap((d) => d.clientNames).slice(0, 5).join(', ')}…), elevated: cscript //nologo %windir%\\System32\\slmgr.vbs /rearm, restart, then slmgr.vbs /ato — this creates a new CMID and uses up one rearm`,
          'Check: slmgr.vbs /dli on two clients shows different "Client Machine ID (CMID)" values, and the host count rises',
        ],
      }];
    });
  },
};
