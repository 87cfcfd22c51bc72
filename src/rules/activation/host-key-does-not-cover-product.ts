import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget, explainedLine, refusal, requestLine } from './select.js';

/** 0xC004F042: the host's CSVLK cannot activate the product asked for. */
export const hostKeyDoesNotCoverProduct: Rule = {
  id: 'activation/host-key-does-not-cover-product',
  check(facts) {
    const section = facts.activation;
    if (!section || refusal(section) !== '0xC004F042') return [];
    return [{
      ruleId: 'activation/host-key-does-not-cover-product',
      message: `${activationTarget(section)} answered ${requestLine(section)} with 0xC004F042: its host key (CSVLK) cannot activate this product, so clients of ${section.product.name} get 0xC004F042 from this host`,
      target: section.target.host,
      evidence: [activationEvidence(section, explainedLine(section))],
      remedy: [
        `On the host, see which host key it runs: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv (the "Description" and "Key Management Service" lines)`,
        `Install a host key that covers ${section.product.name} — a host key activates its own generation and older ones — and activate it: slmgr.vbs /ipk <CSVLK>, then slmgr.vbs /ato`,
        'Older hosts also need the update that lets them serve newer clients (kmsdoctor explain activation/host-key-does-not-cover-product lists them)',
        ...(section.product.application !== 'Windows' ? ['Office needs its own host key and Volume License Pack on the host; a Windows CSVLK never activates Office'] : []),
        'More: kmsdoctor explain 0xC004F042',
      ],
    }];
  },
};
