/**
 * Activation state across the fleet: products by kind and license state, the days-left
 * distribution, products about to run out (grace or notification with days left, validity close
 * to its end) and products whose renewals have been failing (the renewal arithmetic of
 * license-state.ts), Windows and Office alike: Office clients quietly run out of grace on their own.
 */
import { statusWords } from '../client/license-state.js';
import type { FleetClient } from './client-row.js';
import { type Bucket, EXPIRING_DAYS, type ExpiringClient, type FleetSection, LIST_CAP, type ProductStateCount, type RenewalFailing, type StateCount } from './model.js';

/** Days-left buckets, narrow near the end where action is due. */
export const DAYS_LEFT_BUCKETS: ReadonlyArray<{ label: string; max: number }> = [
  { label: '0–7', max: 7 },
  { label: '8–30', max: 30 },
  { label: '31–90', max: 90 },
  { label: '91–150', max: 150 },
  { label: '151–180', max: Infinity },
];

const KIND_WORD = { windows: 'Windows', office: 'Office', addon: 'add-on' } as const;

export function activationView(clients: Iterable<FleetClient>): FleetSection['activation'] {
  const states = new Map<string, StateCount>();
  const products = new Map<string, ProductStateCount>();
  const buckets = DAYS_LEFT_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  const expiring: ExpiringClient[] = [];
  const failing: RenewalFailing[] = [];
  for (const client of clients) {
    for (const product of client.products) {
      const state = product.state === null ? 'unknown' : statusWords(product.state);
      const key = `${product.kind}\u0000${state}`;
      const entry = states.get(key) ?? { kind: product.kind, state, products: 0 };
      entry.products += 1;
      states.set(key, entry);
      const productKey = `${key}\u0000${product.name}`;
      const perProduct = products.get(productKey) ?? { kind: product.kind, product: product.name, state, products: 0 };
      perProduct.products += 1;
      products.set(productKey, perProduct);
      if (product.channel !== 'VOLUME_KMSCLIENT') continue;
      if (product.daysLeft !== null && product.state !== null && product.state !== 0) {
        buckets[DAYS_LEFT_BUCKETS.findIndex((b) => product.daysLeft! <= b.max)]!.count += 1;
      }
      const notLicensed = product.state !== null && product.state !== 1;
      if (notLicensed || (product.daysLeft !== null && product.daysLeft <= EXPIRING_DAYS)) {
        expiring.push({
          name: client.name,
          kind: KIND_WORD[product.kind],
          product: product.name,
          state,
          daysLeft: notLicensed && product.state !== 0 && product.daysLeft === 0 ? 0 : product.daysLeft,
        });
      }
      if (product.renewalFailingDays !== null) {
        failing.push({
          name: client.name,
          kind: KIND_WORD[product.kind],
          product: product.name,
          daysLeft: product.daysLeft,
          failingDays: product.renewalFailingDays,
          host: client.host,
        });
      }
    }
  }
  expiring.sort((a, b) => (a.daysLeft ?? -1) - (b.daysLeft ?? -1) || a.name.localeCompare(b.name));
  failing.sort((a, b) => b.failingDays - a.failingDays || a.name.localeCompare(b.name));
  const byState = [...states.values()].sort((a, b) => a.kind.localeCompare(b.kind) || b.products - a.products);
  const byProduct = [...products.values()].sort((a, b) => b.products - a.products || a.product.localeCompare(b.product) || a.state.localeCompare(b.state));
  return {
    byState,
    byProduct: byProduct.slice(0, LIST_CAP),
    byProductTotal: byProduct.length,
    daysLeft: buckets satisfies Bucket[],
    expiring: expiring.slice(0, LIST_CAP),
    expiringTotal: expiring.length,
    renewalsFailing: failing.slice(0, LIST_CAP),
    renewalsFailingTotal: failing.length,
  };
}
