import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** Files in the fleet input that are not valid snapshots: those machines are not in any figure. */
export const fleetUnreadableSnapshots = fleetRule('fleet/unreadable-snapshots', (fleet) => {
  if (fleet.unreadableTotal === 0) return [];
  return [
    {
      // `reason`: the reader's own explanation (src/fleet/read-fleet.ts).
      args: { count: fleet.unreadableTotal, reason: fleet.unreadable[0]!.reason },
      message: msg('fleet/unreadable-snapshots.message'),
      evidence: fleet.unreadable.slice(0, 10).map((u) => ({ kind: 'setting' as const, ref: u.file, summary: msg('fleet/unreadable-snapshots.evidence', { reason: u.reason }) })),
      remedy: [
        msg('fleet/unreadable-snapshots.remedy.collect', {
          powershell: 'Invoke-KmsFleetCollection -ComputerName <names> -OutDirectory <dir> -Force',
          command: 'kmsdoctor collect',
        }),
      ],
    },
  ];
});
