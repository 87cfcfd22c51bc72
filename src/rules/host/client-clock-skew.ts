import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { ACTIVATE } from './commands.js';

/** A client and how far its clock was off, as the list in the message shows it: `pc1 (+5.2 h)`. */
function clientWithSkew(c: { client: string; skewMinutes: number | null }): string {
  return c.skewMinutes === null ? c.client : `${c.client} (${c.skewMinutes > 0 ? '+' : ''}${(c.skewMinutes / 60).toFixed(1)} h)`;
}

/** 0xC004F06C in the host's log: clients whose clocks are more than 4 hours off (§5.1). */
export const hostClientClockSkew: Rule = {
  id: 'host/client-clock-skew',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const skew = host.log?.clockSkew;
      if (!skew || skew.requests === 0) return [];
      return [
        {
          ruleId: 'host/client-clock-skew' as const,
          args: { host: host.name, requests: skew.requests, clientCount: skew.clients.length, clients: skew.clients.map(clientWithSkew) },
          message: msg('host/client-clock-skew.message'),
          target: host.name,
          evidence: skew.clients.map((c) => ({
            kind: 'event' as const,
            ref: `host.${host.name}.skew.${c.client}`,
            summary: msg('host/client-clock-skew.evidence', { client: c.client, time: c.time, skewMinutes: c.skewMinutes }),
          })),
          remedy: [
            msg('host/client-clock-skew.remedy.resync', { statusCommand: 'w32tm /query /status', command: 'w32tm /resync' }),
            msg('host/client-clock-skew.remedy.host-clock', { command: 'w32tm /stripchart /computer:<domain controller> /samples:3' }),
            msg('host/client-clock-skew.remedy.activate', { command: ACTIVATE }),
          ],
        },
      ];
    });
  },
};
