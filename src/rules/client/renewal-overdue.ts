import { msg } from '../../catalog/message.js';
import { kmsClientProducts, productKind } from '../../client/kms-client-product.js';
import { daysOf, KMS_VALIDITY_MINUTES, renewalLag } from '../../client/license-state.js';
import type { LicensingProduct, Snapshot } from '../../snapshot/model.js';
import { perProductRule } from './per-product-rule.js';
import { ACTIVATE } from './remedies.js';

/** The host the product last activated with, as slmgr shows it: registered (/skms) or found through DNS. */
function lastHost(product: LicensingProduct, snapshot: Snapshot): string | null {
  const service = snapshot.service;
  const host = product.discoveredMachine ?? service?.discoveredMachine ?? product.kmsMachine ?? service?.kmsMachine ?? null;
  if (host === null) return null;
  const port = product.discoveredPort ?? service?.discoveredPort ?? product.kmsPort ?? service?.kmsPort ?? null;
  return port ? `${host}:${port}` : host;
}

/**
 * A KMS-activated product renews every renewal interval (7 days unless the host says otherwise)
 * and each renewal resets its validity to 180 days. So 180 days minus what is left is how long
 * ago it last renewed; more than two intervals means renewals have been failing that long, and
 * the product stops being activated when the rest runs out.
 */
export const renewalOverdue = perProductRule('client/renewal-overdue', kmsClientProducts, (product, snapshot) => {
  const lag = renewalLag(product, snapshot.service?.renewalIntervalMinutes);
  if (lag === null) return null;
  const left = product.gracePeriodRemainingMinutes!;
  const { sinceMinutes: since, intervalMinutes: interval } = lag;
  const host = lastHost(product, snapshot);
  return {
    ruleId: 'client/renewal-overdue',
    args: {
      product: product.name,
      kind: productKind(product),
      daysLeft: daysOf(left),
      sinceDays: Math.floor(since / 1440),
      wholeDaysLeft: Math.floor(left / 1440),
      // Tenths of a day, as the sentence shows them.
      intervalDays: Math.round((interval / 1440) * 10) / 10,
      failingDays: lag.failingDays,
      host,
    },
    message: msg('client/renewal-overdue.message'),
    target: product.name,
    evidence: [
      {
        kind: 'setting',
        ref: `product.${product.id}.gracePeriodRemainingMinutes`,
        summary: msg('client/renewal-overdue.evidence.grace', { graceMinutes: left, validityMinutes: KMS_VALIDITY_MINUTES, intervalMinutes: interval }),
      },
      ...(host ? [{ kind: 'setting' as const, ref: `product.${product.id}.discoveredMachine`, summary: msg('client/renewal-overdue.evidence.host') }] : []),
    ],
    remedy: [
      host
        ? msg('client/renewal-overdue.remedy.check-host', { command: `kmsdoctor connectivity --kms-host ${host}` })
        : msg('client/renewal-overdue.remedy.check-hosts', { command: 'kmsdoctor connectivity' }),
      msg('client/renewal-overdue.remedy.renew', { command: ACTIVATE, checkCommand: 'slmgr.vbs /dlv' }),
      msg('client/renewal-overdue.remedy.stale-host', { command: 'slmgr.vbs /ckms' }),
    ],
  };
});
