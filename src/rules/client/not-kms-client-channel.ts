import { primaryWindowsProduct } from '../../client/kms-client-product.js';
import type { Rule } from '../rule.js';

const CHANNEL_WORDS: Record<string, string> = { VOLUME_MAK: 'a MAK (Multiple Activation Key)', RETAIL: 'a retail key', OEM: 'an OEM key', VOLUME_KMS: 'a KMS host key (this machine is a KMS host)', OTHER: 'a key that is not a KMS client key' };

/** MAK, retail and OEM products never contact a KMS host: no network fix will activate them. */
export const notKmsClientChannel: Rule = {
  id: 'client/not-kms-client-channel',
  check(facts) {
    const snapshot = facts.client?.snapshot;
    const product = snapshot ? primaryWindowsProduct(snapshot) : null;
    if (!product || product.channel === 'VOLUME_KMSCLIENT' || product.channel === 'VOLUME_KMS') return [];
    return [{
      ruleId: 'client/not-kms-client-channel',
      message: `${product.name} has ${CHANNEL_WORDS[product.channel] ?? 'another key'} (${product.description}${product.productKeyChannel ? `, ${product.productKeyChannel}` : ''}); it does not use KMS at all`,
      target: product.name,
      evidence: [{ kind: 'setting', ref: `product.${product.id}.description`, summary: `Description = ${product.description}; partial key ${product.partialProductKey ?? 'unknown'}` }],
      remedy: [
        'To activate with KMS, install the KMS client setup key (GVLK) of this edition, listed in Microsoft\'s "Key Management Services (KMS) client activation and product keys": slmgr.vbs /ipk <GVLK>',
        'Then: slmgr.vbs /ato',
      ],
    }];
  },
};
