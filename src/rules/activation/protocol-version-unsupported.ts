import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget, explainedLine, refusal, requestLine } from './select.js';

/** 0x8007000D in the KMS stub: the host does not know this protocol version (or found the request malformed). */
export const protocolVersionUnsupported: Rule = {
  id: 'activation/protocol-version-unsupported',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== '0x8007000D') return [];
    const version = section.product.protocol;
    const lower = version > 4 ? `v${version - 1}` : null;
    return [{
      ruleId: 'activation/protocol-version-unsupported',
      message: `${activationTarget(section)} answered ${requestLine(section)} with 0x8007000D (invalid data): the host does not take KMS protocol v${version}, which ${section.product.name} clients speak${section.product.protocol !== section.product.productProtocol ? ` (the run used --protocol v${version}; the product's own version is v${section.product.productProtocol})` : ''}`,
      target: section.target.host,
      evidence: [activationEvidence(section, explainedLine(section))],
      remedy: [
        'The host is older than the product: hosts answer the versions their own release knows (Vista/7/2008 R2: v4; 8/2012: v5 too; 8.1/2012 R2 and later: v6 too)',
        ...(lower ? [`To see whether the host answers an older version, run once more with --protocol ${lower} (one request per run; no automatic fallback)`] : []),
        `Serve ${section.product.name} from a host on a current Windows Server release with a host key that covers it`,
        'More: kmsdoctor explain activation/protocol-version-unsupported',
      ],
    }];
  },
};
