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
    const hours = (Math.abs(skew) / 3_600_000).toFixed(1);
    return [{
      ruleId: 'client/clock-skew',
      message: `The client's clock is ${hours} hours ${skew > 0 ? 'ahead of' : 'behind'} the KMS host's (more than 4 hours, compared in UTC): the host rejects its requests with 0xC004F06C`,
      evidence: [{ kind: 'setting', ref: 'clockUtc', summary: `client ${client}, host ${host}` }],
      remedy: ['Resynchronise the client clock: w32tm /resync', 'Domain members take time from the domain hierarchy; check it with: w32tm /query /status'],
    }];
  },
};
