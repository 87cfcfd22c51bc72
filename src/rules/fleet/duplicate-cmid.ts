import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** How many clone members the message names; the evidence names them all. */
const NAMED = 5;

/**
 * One finding per clone group: machines that share a CMID count once on every host (KB929829),
 * the most common reason the count "does not grow past 1". The remedy is the image's.
 */
export const fleetDuplicateCmid = fleetRule('fleet/duplicate-cmid', ({ cloneGroups: view }) =>
  view.groups.map((group) => ({
    args: {
      machines: group.machines,
      cmid: group.cmid,
      names: group.names.slice(0, NAMED),
      more: Math.max(0, group.machines - NAMED),
      countLost: group.countLost,
      hosts: group.hosts,
      groupsTotal: view.groupsTotal,
      fleetCountLost: view.countLost,
    },
    message: msg('fleet/duplicate-cmid.message', { hostCount: group.hosts.length }),
    target: group.cmid,
    evidence: [
      {
        kind: 'setting' as const,
        ref: 'SoftwareLicensingService.ClientMachineID',
        summary: msg('fleet/duplicate-cmid.evidence', { allNames: group.names, truncated: group.machines > group.names.length }),
      },
    ],
    remedy: [
      msg('fleet/duplicate-cmid.remedy.image', { command: 'sysprep /generalize', unattend: '<SkipRearm>1</SkipRearm>', registry: 'SkipRearm=1' }),
      msg('fleet/duplicate-cmid.remedy.rearm', { command: 'slmgr.vbs /rearm' }),
      msg('fleet/duplicate-cmid.remedy.verify', { activate: 'slmgr.vbs /ato', inspect: 'slmgr.vbs /dlv', field: 'Current count' }),
    ],
  })),
);
