import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { moreRemedy } from './remedies.js';
import { refusal, requestArgs, returnValueEvidence } from './select.js';

const CODE = '0x8007000D';

/** The option that chooses the protocol version of the one request. */
function protocolOption(version: number): string {
  return `--protocol v${version}`;
}

/** 0x8007000D in the KMS stub: the host does not know this protocol version (or found the request malformed). */
export const protocolVersionUnsupported: Rule = {
  id: 'activation/protocol-version-unsupported',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== CODE) return [];
    const version = section.product.protocol;
    const forced = section.product.protocol !== section.product.productProtocol;
    return [{
      ruleId: 'activation/protocol-version-unsupported',
      args: { ...requestArgs(section), code: CODE, version, productVersion: section.product.productProtocol, forcedOption: forced ? protocolOption(version) : null },
      message: msg('activation/protocol-version-unsupported.message'),
      target: section.target.host,
      evidence: [returnValueEvidence(section)],
      remedy: [
        msg('activation/protocol-version-unsupported.remedy.older-host'),
        // v4 is the oldest version there is: nothing lower to try.
        ...(version > 4 ? [msg('activation/protocol-version-unsupported.remedy.try-lower', { option: protocolOption(version - 1) })] : []),
        msg('activation/protocol-version-unsupported.remedy.current-host'),
        moreRemedy('activation/protocol-version-unsupported'),
      ],
    }];
  },
};
