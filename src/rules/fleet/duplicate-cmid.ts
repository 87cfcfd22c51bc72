import type { Rule } from '../rule.js';

/**
 * One finding per clone group: machines that share a CMID count once on every host (KB929829),
 * the most common reason the count "does not grow past 1". The remedy is the image's.
 */
export const fleetDuplicateCmid: Rule = {
  id: 'fleet/duplicate-cmid',
  check(facts) {
    const view = facts.fleet?.cloneGroups;
    if (!view) return [];
    return view.groups.map((group) => ({
      ruleId: 'fleet/duplicate-cmid' as const,
      message:
        `${group.machines} machines share the CMID ${group.cmid} (${group.names.slice(0, 5).join(', ')}${group.machines > 5 ? `, and ${group.machines - 5} more` : ''}): ` +
        `a KMS host counts them once, ${group.countLost} fewer than there are${group.hosts.length > 0 ? ` (they go to ${group.hosts.join(', ')})` : ''}` +
        `${view.groupsTotal > 1 ? `; ${view.groupsTotal} clone groups in the fleet cost ${view.countLost} counts together` : ''}.`,
      target: group.cmid,
      evidence: [{ kind: 'setting' as const, ref: 'SoftwareLicensingService.ClientMachineID', summary: `${group.cmid} on ${group.machines} machines: ${group.names.join(', ')}${group.machines > group.names.length ? ', …' : ''}` }],
      remedy: [
        'Fix the image: generalize it with sysprep /generalize (and no <SkipRearm>1</SkipRearm> in the unattend file, no SkipRearm=1 in the registry), then redeploy from it.',
        'On machines already deployed, give each a new CMID, elevated: slmgr.vbs /rearm — then restart (this uses one of the machine\'s rearms).',
        'Afterwards: slmgr.vbs /ato on each, and check the host\'s count grows (slmgr.vbs /dlv on the host, "Current count").',
      ],
    }));
  },
};
