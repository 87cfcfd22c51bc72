import type { Rule } from '../rule.js';
import type { Evidence, FindingDraft } from '../types.js';

/** §8: "Failed requests received" rising while the count stalls ⇒ clients the host cannot serve. */
export const hostFailedRequestsRising: Rule = {
  id: 'host/failed-requests-rising',
  check(facts) {
    const out: FindingDraft<'host/failed-requests-rising'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const evidence: Evidence[] = [];
      const req = host.health?.requests;
      const share = req?.failedShare ?? null;
      if (req && share !== null && share >= 0.05 && (req.failed ?? 0) >= 5) {
        evidence.push({ kind: 'setting', ref: `host.${host.name}.requests`, summary: `${req.failed} of ${req.total} requests failed (${(share * 100).toFixed(1)}%, cumulative)` });
      }
      const trend = host.log?.failureTrend;
      if (trend && trend.lastWeek >= 3 && trend.lastWeek > trend.previousWeek) {
        evidence.push({ kind: 'event', ref: `host.${host.name}.log.failureTrend`, summary: `12290: ${trend.lastWeek} failed of ${trend.lastWeekRequests} requests in the last 7 days, ${trend.previousWeek} of ${trend.previousWeekRequests} the week before` });
      }
      if (evidence.length === 0) continue;
      const top = host.log?.failures.slice(0, 3).map((f) => `${f.hresult} ${f.product} × ${f.count}`) ?? [];
      out.push({
        ruleId: 'host/failed-requests-rising',
        message: `KMS host ${host.name}: failed requests are ${trend && trend.lastWeek > trend.previousWeek ? 'rising' : 'a large share'} — ${evidence.map((e) => e.summary).join('; ')}${top.length > 0 ? `; most frequent: ${top.join(', ')}` : ''}`,
        target: host.name,
        evidence,
        remedy: [
          'See which clients fail and with which code: kmsdoctor analyze <export of the Key Management Service log (12290)>',
          '0xC004F042 / 0xC004F015: the host key cannot serve those products (host/product-not-covered); 0xC004F06C: client clocks (host/client-clock-skew)',
          'Check again after the fix: slmgr.vbs /dlv, "Failed requests received" should stop rising',
        ],
      });
    }
    return out;
  },
};
