import type { Rule } from '../rule.js';

/** Licensed products that stopped renewing (renewal arithmetic, license-state.ts): they still work, until the rest of their 180 days runs out. */
export const fleetRenewalsFailing: Rule = {
  id: 'fleet/renewals-failing',
  check(facts) {
    const view = facts.fleet?.activation;
    if (!view || view.renewalsFailingTotal === 0) return [];
    const hosts = new Map<string, number>();
    for (const r of view.renewalsFailing) if (r.host) hosts.set(r.host, (hosts.get(r.host) ?? 0) + 1);
    const top = [...hosts].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return [{
      ruleId: 'fleet/renewals-failing' as const,
      message:
        `${view.renewalsFailingTotal} activated KMS client products have not renewed for more than two renewal intervals; the longest for about ${view.renewalsFailing[0]!.failingDays} days (${view.renewalsFailing[0]!.name}, ${view.renewalsFailing[0]!.daysLeft ?? '?'} days left)` +
        `${top.length > 0 ? `; the hosts they last used: ${top.map(([h, n]) => `${h} (${n})`).join(', ')}` : ''}.`,
      evidence: view.renewalsFailing.slice(0, 10).map((r) => ({ kind: 'setting' as const, ref: `${r.name}.GracePeriodRemaining`, summary: `${r.product}: ${r.daysLeft ?? '?'} of 180 days left, renewals failing for about ${r.failingDays} days${r.host ? `, last host ${r.host}` : ''}` })),
      remedy: [
        'Check the hosts they last used still work: kmsdoctor fleet <snapshots> --probe, or kmsdoctor connectivity --kms-host <host:port>.',
        'Renew now on each, elevated: slmgr.vbs /ato — slmgr.vbs /dlv must then show about 180 days left.',
        'If the host is gone: clear stale pins (slmgr.vbs /ckms) and remove its SRV record.',
      ],
    }];
  },
};
