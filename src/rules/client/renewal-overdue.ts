import { kmsClientProducts, productKind } from '../../client/kms-client-product.js';
import { KMS_VALIDITY_MINUTES, daysOf, renewalLag } from '../../client/license-state.js';
import type { LicensingProduct, Snapshot } from '../../snapshot/model.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import type { RuleId } from '../catalog.js';

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
export const renewalOverdue: Rule = {
  id: 'client/renewal-overdue',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    if (!snapshot) return [];
    return kmsClientProducts(snapshot).flatMap((product): FindingDraft<RuleId>[] => {
      const lag = renewalLag(product, snapshot.service?.renewalIntervalMinutes);
      if (lag === null) return [];
      const left = product.gracePeriodRemainingMinutes!;
      const { sinceMinutes: since, intervalMinutes: interval } = lag;
      const host = lastHost(product, snapshot);
      const sinceDays = Math.floor(since / 1440);
      return [{
        ruleId: 'client/renewal-overdue',
        message:
          `${productKind(product)} ${product.name} has ${daysOf(left)} of 180 days of activation left: it last renewed about ${sinceDays} days ago ` +
          `(180 days − ${Math.floor(left / 1440)} days left), although it renews every ${Math.round(interval / 1440 * 10) / 10} days — its renewals have been failing for about ${lag.failingDays} days` +
          `${host ? `; the host it last used is ${host}` : '; the host it last used is not in the input'}.`,
        target: product.name,
        evidence: [
          { kind: 'setting', ref: `product.${product.id}.gracePeriodRemainingMinutes`, summary: `GracePeriodRemaining = ${left} minutes (${daysOf(left)} days) of ${KMS_VALIDITY_MINUTES}; renewal interval ${interval} minutes` },
          ...(host ? [{ kind: 'setting' as const, ref: `product.${product.id}.discoveredMachine`, summary: `last KMS host: ${host}` }] : []),
        ],
        remedy: [
          host ? `Check that the host it last used still works: kmsdoctor connectivity --kms-host ${host}` : 'Check which hosts the client can reach: kmsdoctor connectivity on the client',
          'Renew now, in an elevated prompt on the client: slmgr.vbs /ato — then slmgr.vbs /dlv must show about 180 days left',
          'If the host was decommissioned, clear a stale pin (slmgr.vbs /ckms) or remove its SRV record, so the client discovers a working host.',
        ],
      }];
    });
  },
};
