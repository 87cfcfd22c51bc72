import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget, explainedLine, requestLine } from './select.js';

/** Codes with their own finding. */
const OWN_FINDING = new Set(['0xC004F042', '0xC004F06C', '0x8007000D']);

/** No usable answer: connection, bind, fault, silence, or a KMS error code without a finding of its own. */
export const requestFailed: Rule = {
  id: 'activation/request-failed',
  check(facts) {
    const section = facts.activation;
    const probe = section?.probe;
    if (!section || !probe || probe.ok || section.mode === 'dry-run') return [];
    if (probe.status === 'invalid-response') return [];
    const hresult = section.response?.hresult ?? null;
    if (probe.status === 'kms-error' && hresult !== null && OWN_FINDING.has(hresult)) return [];
    const where = activationTarget(section);
    let message: string;
    if (probe.status === 'kms-error') message = `${where} refused ${requestLine(section)} with ${hresult}`;
    else if (probe.status === 'rpc-fault') message = `${where} answered ${requestLine(section)} with an RPC fault (${section.response?.fault?.name ?? 'unknown status'})`;
    else if (!probe.requestSent) message = `${where}: ${probe.error?.message ?? probe.status} — the request was not sent (stopped at the ${probe.phase} step)`;
    else message = `${where} did not answer ${requestLine(section)}: ${probe.error?.message ?? probe.status}`;
    return [{
      ruleId: 'activation/request-failed',
      message,
      target: section.target.host,
      evidence: [activationEvidence(section, probe.status === 'kms-error' ? explainedLine(section) : `${probe.status}${probe.error ? ` (${probe.error.code}): ${probe.error.message}` : ''}`)],
      remedy: [
        `Check the endpoint without an activation request first: kmsdoctor rpc ${section.target.host}:${section.target.port}`,
        ...(probe.status === 'kms-error' && hresult ? [`Look the code up: kmsdoctor explain ${hresult}`] : []),
        'On the host: is the Software Protection service running and is the host a KMS host? cscript //nologo %windir%\\System32\\slmgr.vbs /dlv',
      ],
    }];
  },
};
