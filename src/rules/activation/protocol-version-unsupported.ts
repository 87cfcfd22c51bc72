import { msg } from '../../catalog/message.js';
import { refusalRule } from './refusal-rule.js';
import { moreRemedy } from './remedies.js';

/** The option that chooses the protocol version of the one request. */
function protocolOption(version: number): string {
  return `--protocol v${version}`;
}

/** 0x8007000D in the KMS stub: the host does not know this protocol version (or found the request malformed). */
export const protocolVersionUnsupported = refusalRule('activation/protocol-version-unsupported', '0x8007000D', (section) => {
  const version = section.product.protocol;
  const forced = section.product.protocol !== section.product.productProtocol;
  return {
    args: { version, productVersion: section.product.productProtocol, forcedOption: forced ? protocolOption(version) : null },
    message: msg('activation/protocol-version-unsupported.message'),
    remedy: [
      msg('activation/protocol-version-unsupported.remedy.older-host'),
      // v4 is the oldest version there is: nothing lower to try.
      ...(version > 4 ? [msg('activation/protocol-version-unsupported.remedy.try-lower', { option: protocolOption(version - 1) })] : []),
      msg('activation/protocol-version-unsupported.remedy.current-host'),
      moreRemedy('activation/protocol-version-unsupported'),
    ],
  };
});
