import type { MessageId } from '../../catalog/catalogs.js';
import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import type { ActivationSection } from '../../engine/activation.js';
import { SHOW_LICENSE_SCRIPT } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import type { EvidenceDraft } from '../types.js';
import { explainCommand } from './remedies.js';
import { activationEvidence, requestArgs, returnValueEvidence } from './select.js';

/** Codes with their own finding. */
const OWN_FINDING = new Set(['0xC004F042', '0xC004F06C', '0x8007000D']);

type Probe = NonNullable<ActivationSection['probe']>;

/** How far the request got: refused with a code, answered with a fault, never sent, or sent and unanswered. */
function messageOf(probe: Probe): MessageId {
  if (probe.status === 'kms-error') return 'activation/request-failed.message.refused';
  if (probe.status === 'rpc-fault') return 'activation/request-failed.message.fault';
  return probe.requestSent ? 'activation/request-failed.message.unanswered' : 'activation/request-failed.message.not-sent';
}

/** The returned code explained, or else the probe's status and error. */
function evidenceOf(section: ActivationSection, probe: Probe): EvidenceDraft {
  if (probe.status === 'kms-error') return returnValueEvidence(section);
  return activationEvidence(
    section,
    msg('activation/request-failed.evidence.status', { status: probe.status, errorCode: probe.error?.code ?? '', error: errorCause(probe.error) }),
  );
}

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
    return [
      {
        ruleId: 'activation/request-failed',
        args: {
          ...requestArgs(section),
          status: probe.status,
          code: hresult,
          fault: section.response?.fault?.name ?? null,
          phase: probe.phase,
        },
        // The probe's own account of the failure (in the report's language), else its status.
        message: msg(messageOf(probe), { reason: errorCause(probe.error) ?? probe.status }),
        target: section.target.host,
        evidence: [evidenceOf(section, probe)],
        remedy: [
          msg('activation/request-failed.remedy.check-endpoint', { command: `kmsdoctor rpc ${section.target.host}:${section.target.port}` }),
          ...(probe.status === 'kms-error' && hresult ? [msg('activation/request-failed.remedy.look-up', { command: explainCommand(hresult) })] : []),
          msg('activation/request-failed.remedy.host-service', { command: SHOW_LICENSE_SCRIPT }),
        ],
      },
    ];
  },
};
