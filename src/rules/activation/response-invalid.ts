import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget, requestLine } from './select.js';

/** The answer failed §4.6 validation: damaged, tampered, or not from a working KMS implementation. */
export const responseInvalid: Rule = {
  id: 'activation/response-invalid',
  check(facts) {
    const section = facts.activation;
    if (!section || section.probe?.status !== 'invalid-response') return [];
    const failed = (section.response?.checks ?? []).filter((check) => check.outcome === 'fail');
    return [{
      ruleId: 'activation/response-invalid',
      message: `${activationTarget(section)} answered ${requestLine(section)}, but the answer failed validation (${failed.map((check) => check.id).join(', ') || section.probe.error?.message || 'unknown check'}): it is damaged or tampered with, and a Windows client would discard it and not activate`,
      target: section.target.host,
      evidence: failed.length > 0
        ? failed.map((check) => activationEvidence(section, `${check.id}: ${check.detail}`))
        : [activationEvidence(section, section.probe.error?.message ?? 'the response failed validation')],
      remedy: [
        'Repeat the probe once: a single damaged answer can come from a broken network path (a middlebox rewriting TCP payloads)',
        'If it repeats, look at what answers on this address and port: Get-NetTCPConnection -LocalPort <port> -State Listen on the host, and compare with your inventory',
        'A KMS implementation whose answers do not validate cannot activate Windows clients; take it out of DNS (_vlmcs._tcp) and client pinning (slmgr.vbs /ckms)',
      ],
    }];
  },
};
