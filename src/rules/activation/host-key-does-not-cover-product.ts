import { msg } from '../../catalog/message.js';
import { ACTIVATE, SHOW_LICENSE_SCRIPT } from '../kms/commands.js';
import { refusalRule } from './refusal-rule.js';
import { explainCommand, moreRemedy } from './remedies.js';

const CODE = '0xC004F042';

/** 0xC004F042: the host's CSVLK cannot activate the product asked for. */
export const hostKeyDoesNotCoverProduct = refusalRule('activation/host-key-does-not-cover-product', CODE, (section) => ({
  message: msg('activation/host-key-does-not-cover-product.message'),
  remedy: [
    msg('activation/host-key-does-not-cover-product.remedy.see-key', { command: SHOW_LICENSE_SCRIPT }),
    msg('activation/host-key-does-not-cover-product.remedy.install-key', { installCommand: 'slmgr.vbs /ipk <CSVLK>', activateCommand: ACTIVATE }),
    msg('activation/host-key-does-not-cover-product.remedy.host-update', { command: explainCommand('activation/host-key-does-not-cover-product') }),
    // A Windows host key never covers Office, whatever its generation.
    ...(section.product.application !== 'Windows' ? [msg('activation/host-key-does-not-cover-product.remedy.office-key')] : []),
    moreRemedy(CODE),
  ],
}));
