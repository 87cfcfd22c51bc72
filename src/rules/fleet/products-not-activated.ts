import { URGENT_DAYS } from '../../client/license-state.js';
import type { Rule } from '../rule.js';

/**
 * The fleet's products that are not activated, or whose activation runs out within 30 days —
 * Windows and Office apart, since Office activates on its own and runs out of grace quietly.
 */
export const fleetProductsNotActivated: Rule = {
  id: 'fleet/products-not-activated',
  check(facts) {
    const view = facts.fleet?.activation;
    if (!view || view.expiringTotal === 0) return [];
    const urgent = view.expiring.some((e) => e.state !== 'Licensed' && (e.daysLeft === null || e.daysLeft < URGENT_DAYS || e.state === 'Unlicensed' || e.state === 'Notification'));
    const byKind = new Map<string, number>();
    for (const e of view.expiring) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    const first = view.expiring.slice(0, 5).map((e) => `${e.name} (${e.kind}, ${e.state}${e.daysLeft !== null ? `, ${e.daysLeft} days left` : ''})`);
    return [{
      ruleId: 'fleet/products-not-activated' as const,
      severity: urgent ? 'error' as const : 'warning' as const,
      message:
        `${view.expiringTotal} KMS client products are not activated or run out within 30 days` +
        `${view.expiring.length < view.expiringTotal ? ` (the first ${view.expiring.length} by kind: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})` : ` (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})`}; soonest: ${first.join('; ')}.`,
      evidence: view.expiring.slice(0, 10).map((e) => ({ kind: 'setting' as const, ref: `${e.name}.LicenseStatus`, summary: `${e.product}: ${e.state}, ${e.daysLeft ?? '?'} days left` })),
      remedy: [
        'On each listed machine, see why it does not activate: kmsdoctor connectivity --snapshot <its snapshot> (or Test-KmsConnectivity on it).',
        'Activate now, elevated: slmgr.vbs /ato for Windows; for Office: cscript ospp.vbs /act in the Office folder.',
        'The CSV (--format csv) lists every product with its state and days left.',
      ],
    }];
  },
};
