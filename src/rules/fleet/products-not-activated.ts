import { msg } from '../../catalog/message.js';
import { URGENT_DAYS } from '../../client/license-state.js';
import type { ExpiringClient } from '../../fleet/model.js';
import { fleetRule } from './fleet-rule.js';

/** How many products the message names; the evidence lists more. */
const NAMED = 5;

/**
 * One product in the message's "soonest" list.
 * TODO(catalog): "days left" is still English here. A list whose items are phrases needs a
 * message argument that is itself a list of messages (src/catalog/render.ts), which it cannot be yet.
 */
function soonestItem(product: ExpiringClient): string {
  return `${product.name} (${product.kind}, ${product.state}${product.daysLeft !== null ? `, ${product.daysLeft} days left` : ''})`;
}

/**
 * The fleet's products that are not activated, or whose activation runs out within 30 days —
 * Windows and Office apart, since Office activates on its own and runs out of grace quietly.
 */
export const fleetProductsNotActivated = fleetRule('fleet/products-not-activated', ({ activation: view }) => {
  if (view.expiringTotal === 0) return [];
  const urgent = view.expiring.some((e) => e.state !== 'Licensed' && (e.daysLeft === null || e.daysLeft < URGENT_DAYS || e.state === 'Unlicensed' || e.state === 'Notification'));
  const byKind = new Map<string, number>();
  for (const e of view.expiring) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  return [
    {
      severity: urgent ? 'error' : 'warning',
      args: {
        count: view.expiringTotal,
        listed: view.expiring.length,
        // How many of the listed products are of each kind, as "n kind" ("3 Windows").
        byKind: [...byKind].map(([kind, n]) => `${n} ${kind}`),
      },
      message: msg('fleet/products-not-activated.message', {
        partial: view.expiring.length < view.expiringTotal,
        soonest: view.expiring.slice(0, NAMED).map(soonestItem).join('; '),
      }),
      evidence: view.expiring.slice(0, 10).map((e) => ({
        kind: 'setting' as const,
        ref: `${e.name}.LicenseStatus`,
        summary: msg('fleet/products-not-activated.evidence', { product: e.product, state: e.state, daysLeft: e.daysLeft }),
      })),
      remedy: [
        msg('fleet/products-not-activated.remedy.diagnose', { command: 'kmsdoctor connectivity --snapshot <its snapshot>', powershell: 'Test-KmsConnectivity' }),
        msg('fleet/products-not-activated.remedy.activate', { windows: 'slmgr.vbs /ato', office: 'cscript ospp.vbs /act' }),
        msg('fleet/products-not-activated.remedy.csv', { option: '--format csv' }),
      ],
    },
  ];
});
