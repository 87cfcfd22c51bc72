import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import type { EvidenceDraft, FindingDraft } from '../types.js';

/** §8: "Failed requests received" rising while the count stalls ⇒ clients the host cannot serve. */
export const hostFailedRequestsRising: Rule = {
  id: 'host/failed-requests-rising',
  check(facts) {
    const out: FindingDraft<'host/failed-requests-rising'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const evidence: EvidenceDraft[] = [];
      const req = host.health?.requests;
      const share = req?.failedShare ?? null;
      const cumulative = share !== null && share >= 0.05 && (req?.failed ?? 0) >= 5;
      if (cumulative) evidence.push({ kind: 'setting', ref: `host.${host.name}.requests`, summary: msg('host/failed-requests-rising.evidence.cumulative') });
      const trend = host.log?.failureTrend;
      const weekly = trend !== undefined && trend.lastWeek >= 3 && trend.lastWeek > trend.previousWeek;
      if (weekly) evidence.push({ kind: 'event', ref: `host.${host.name}.log.failureTrend`, summary: msg('host/failed-requests-rising.evidence.weekly') });
      if (evidence.length === 0) continue;
      const top = host.log?.failures.slice(0, 3).map((f) => `${f.hresult} ${f.product} × ${f.count}`) ?? [];
      out.push({
        ruleId: 'host/failed-requests-rising',
        args: {
          host: host.name,
          rising: Boolean(trend && trend.lastWeek > trend.previousWeek),
          // Which of the two measures crossed its line; the message repeats what the evidence says.
          shown: cumulative && weekly ? 'both' : cumulative ? 'cumulative' : 'weekly',
          failed: req?.failed ?? null,
          total: req?.total ?? null,
          // Tenths of a percent, as the sentence shows them.
          percent: share === null ? null : Math.round(share * 1000) / 10,
          lastWeek: trend?.lastWeek ?? null,
          lastWeekRequests: trend?.lastWeekRequests ?? null,
          previousWeek: trend?.previousWeek ?? null,
          previousWeekRequests: trend?.previousWeekRequests ?? null,
          top,
          topCount: top.length,
        },
        message: msg('host/failed-requests-rising.message'),
        target: host.name,
        evidence,
        remedy: [
          msg('host/failed-requests-rising.remedy.analyze', { command: 'kmsdoctor analyze' }),
          msg('host/failed-requests-rising.remedy.codes'),
          msg('host/failed-requests-rising.remedy.check', { command: 'slmgr.vbs /dlv' }),
        ],
      });
    }
    return out;
  },
};
