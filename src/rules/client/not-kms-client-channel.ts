import { msg } from '../../catalog/message.js';
import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import type { Rule } from '../rule.js';
import { ACTIVATE, thenRun } from './remedies.js';

/** MAK, retail and OEM products never contact a KMS host: no network fix will activate them. */
export const notKmsClientChannel: Rule = {
  id: 'client/not-kms-client-channel',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    if (!product || product.channel === 'VOLUME_KMSCLIENT' || product.channel === 'VOLUME_KMS') return [];
    return [
      {
        ruleId: 'client/not-kms-client-channel',
        // The catalog names the kind of key from the channel code (MAK, retail, OEM…).
        args: {
          product: product.name,
          channel: product.channel,
          description: product.description,
          keyChannel: product.productKeyChannel || null,
          partialKey: product.partialProductKey ?? null,
        },
        message: msg('client/not-kms-client-channel.message'),
        target: product.name,
        evidence: [{ kind: 'setting', ref: `product.${product.id}.description`, summary: msg('client/not-kms-client-channel.evidence') }],
        remedy: [msg('client/not-kms-client-channel.remedy.gvlk', { command: 'slmgr.vbs /ipk <GVLK>' }), thenRun(ACTIVATE)],
      },
    ];
  },
};
