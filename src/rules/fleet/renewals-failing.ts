import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** Licensed products that stopped renewing (renewal arithmetic, license-state.ts): they still work, until the rest of their 180 days runs out. */
export const fleetRenewalsFailing = fleetRule('fleet/renewals-failing', ({ activation: view }) => {
  if (view.renewalsFailingTotal === 0) return [];
  const hosts = new Map<string, number>();
  for (const r of view.renewalsFailing) if (r.host) hosts.set(r.host, (hosts.get(r.host) ?? 0) + 1);
  const top = [...hosts].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const longest = view.renewalsFailing[0]!;
  return [
    {
      args: {
        count: view.renewalsFailingTotal,
        failingDays: longest.failingDays,
        longest: longest.name,
        daysLeft: longest.daysLeft,
        // Each host with how many of these products last used it, as "host (n)".
        lastHosts: top.map(([host, n]) => `${host} (${n})`),
      },
      message: msg('fleet/renewals-failing.message', { lastHostCount: top.length }),
      evidence: view.renewalsFailing.slice(0, 10).map((r) => ({
        kind: 'setting' as const,
        ref: `${r.name}.GracePeriodRemaining`,
        summary: msg('fleet/renewals-failing.evidence', { product: r.product, daysLeft: r.daysLeft, failingDays: r.failingDays, host: r.host || null }),
      })),
      remedy: [
        msg('fleet/renewals-failing.remedy.check-hosts', { probe: 'kmsdoctor fleet <snapshots> --probe', connectivity: 'kmsdoctor connectivity --kms-host <host:port>' }),
        msg('fleet/renewals-failing.remedy.renew', { activate: 'slmgr.vbs /ato', inspect: 'slmgr.vbs /dlv' }),
        msg('fleet/renewals-failing.remedy.host-gone', { command: 'slmgr.vbs /ckms' }),
      ],
    },
  ];
});
