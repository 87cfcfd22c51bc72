import { msg } from '../../catalog/message.js';
import { ACTIVATE, SHOW_LICENSE_SCRIPT } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { explainCommand, moreRemedy } from './remedies.js';
import { refusal, requestArgs, returnValueEvidence } from './select.js';

const CODE = '0xC004F042';

/** 0xC004F042: the host's CSVLK cannot activate the product asked for. */
export const hostKeyDoesNotCoverProduct: Rule = {
  id: 'activation/host-key-does-not-cover-product',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== CODE) return [];
    return [{
      ruleId: 'activation/host-key-does-not-cover-product',
      args: { ...requestArgs(section), code: CODE },
      message: msg('activation/host-key-does-not-cover-product.message'),
      target: section.target.host,
      evidence: [returnValueEvidence(section)],
      remedy: [
        msg('activation/host-key-does-not-cover-product.remedy.see-key', { command: SHOW_LICENSE_SCRIPT }),
        msg('activation/host-key-does-not-cover-product.remedy.install-key', { installCommand: 'slmgr.vbs /ipk <CSVLK>', activateCommand: ACTIVATE }),
        msg('activation/host-key-does-not-cover-product.remedy.host-update', { command: explainCommand('activation/host-key-does-not-cover-product') }),
        // A Windows host key never covers Office, whatever its generation.
        ...(section.product.application !== 'Windows' ? [msg('activation/host-key-does-not-cover-product.remedy.office-key')] : []),
        moreRemedy(CODE),
      ],
    }];
  },
};
