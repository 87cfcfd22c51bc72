import { activationProbeId } from '../../../probes/probe-id.js';
import { type FactArgs, type Message, msg } from '../../catalog/message.js';
import { asMessage } from '../../catalog/probe-reason.js';
import { formatEndpoint } from '../../core/names.js';
import type { ProbeReason } from '../../core/result.js';
import type { ActivationSection } from '../../engine/activation.js';
import type { EvidenceDraft } from '../types.js';

/** `host:port`, and the address when it differs. */
export function activationTarget(section: ActivationSection): string {
  const endpoint = formatEndpoint(section.target);
  return section.target.address && section.target.address !== section.target.host ? `${endpoint} (${section.target.address})` : endpoint;
}

/**
 * The facts of the one request every activation/* message names: where it went, the protocol
 * version sent, the product and its KMS counted id. Each template says "a {protocol} request for
 * {product} …" in its own sentence, so a translator words the whole sentence at once.
 */
export function requestArgs(section: ActivationSection): FactArgs {
  return {
    endpoint: activationTarget(section),
    host: section.target.host,
    protocol: section.sent.protocol,
    product: section.product.name,
    kmsCountedId: section.product.kmsCountedId,
  };
}

/** The probe result as evidence. */
export function activationEvidence(section: ActivationSection, summary: Message): EvidenceDraft {
  // A dry run probes nothing; its evidence still names the endpoint the way the probe would.
  return { kind: 'probe', ref: section.probe?.id ?? activationProbeId(section.target.host, section.target.address ?? undefined, section.target.port), summary };
}

/** The HRESULT of a well-formed KMS-level refusal, or null. */
export function refusal(section: ActivationSection): string | null {
  if (section.mode !== 'sent' || section.probe?.status !== 'kms-error') return null;
  return section.response?.hresult ?? null;
}

/** The code the host returned, with the protocol's (or else the code catalog's) meaning, as evidence. */
export function returnValueEvidence(section: ActivationSection): EvidenceDraft {
  const explained = section.response?.explained;
  if (!explained) return activationEvidence(section, msg('activation.evidence.no-return-value'));
  return activationEvidence(
    section,
    msg('activation.evidence.return-value', {
      code: explained.code,
      symbolicName: explained.symbolicName,
      // The protocol's meaning in the report's language where the probe recorded it as data.
      meaning: (explained.kmsMeaningReason && asMessage(explained.kmsMeaningReason)) ?? explained.kmsMeaning ?? explained.summary ?? null,
    }),
  );
}

/** One observation of the answer (an emulator tell, a failed check): its id and what was seen. */
export function observationEvidence(section: ActivationSection, observation: { id: string; detail: string; detailReason?: ProbeReason }): EvidenceDraft {
  // A check the probe worded through the catalog shows in the report's language.
  const detail = (observation.detailReason && asMessage(observation.detailReason)) ?? observation.detail;
  return activationEvidence(section, msg('activation.evidence.observation', { id: observation.id, detail }));
}
