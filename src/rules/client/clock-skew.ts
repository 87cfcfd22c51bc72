import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';

/** KMS hosts refuse requests whose timestamp is more than 4 hours off, compared in UTC (0xC004F06C). */
export const SKEW_LIMIT_MS = 4 * 60 * 60 * 1000;

export const clockSkew: Rule = {
  id: 'client/clock-skew',
  check(facts) {
    const client = facts.client?.snapshot.clockUtc;
    const host = facts.client?.hostClockUtc;
    if (!client || !host) return [];
    const skew = Date.parse(client) - Date.parse(host);
    if (!Number.isFinite(skew) || Math.abs(skew) <= SKEW_LIMIT_MS) return [];
    return [
      {
        ruleId: 'client/clock-skew',
        // Tenths of an hour, as the sentence shows them.
        args: { hours: Math.round(Math.abs(skew) / 360_000) / 10, direction: skew > 0 ? 'ahead' : 'behind', clientClock: client, hostClock: host },
        message: msg('client/clock-skew.message'),
        evidence: [{ kind: 'setting', ref: 'clockUtc', summary: msg('client/clock-skew.evidence') }],
        remedy: [msg('client/clock-skew.remedy.resync', { command: 'w32tm /resync' }), msg('client/clock-skew.remedy.hierarchy', { command: 'w32tm /query /status' })],
      },
    ];
  },
};
