import type { Rule } from '../rule.js';

/** 0xC004F06C in the host's log: clients whose clocks are more than 4 hours off (§5.1). */
export const hostClientClockSkew: Rule = {
  id: 'host/client-clock-skew',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const skew = host.log?.clockSkew;
      if (!skew || skew.requests === 0) return [];
      const describe = (c: { client: string; skewMinutes: number | null }) => (c.skewMinutes === null ? c.client : `${c.client} (${c.skewMinutes > 0 ? '+' : ''}${(c.skewMinutes / 60).toFixed(1)} h)`);
      return [{
        ruleId: 'host/client-clock-skew' as const,
        message: `KMS host ${host.name} refused ${skew.requests} request(s) with 0xC004F06C from ${skew.clients.length} client(s) whose clocks are more than 4 hours off: ${skew.clients.map(describe).join(', ')}`,
        target: host.name,
        evidence: skew.clients.map((c) => ({ kind: 'event' as const, ref: `host.${host.name}.skew.${c.client}`, summary: `12290 0xC004F06C from ${c.client} at ${c.time}${c.skewMinutes !== null ? `; client time ${c.skewMinutes} minutes from the event time (client time read as UTC)` : ''}` })),
        remedy: [
          'On each client, fix the time source and resynchronize: w32tm /query /status, then w32tm /resync (domain members: NT5DS hierarchy; Azure VMs: enable the W32Time NtpClient)',
          'Check the host\'s own clock too: w32tm /stripchart /computer:<domain controller> /samples:3',
          'Then activate: slmgr.vbs /ato on the client; the next 12290 for it shows 0x0',
        ],
      }];
    });
  },
};
