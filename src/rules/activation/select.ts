import { formatEndpoint } from '../../core/names.js';
import type { ActivationSection } from '../../engine/activation.js';
import type { Evidence } from '../types.js';

/** `host:port`, and the address when it differs. */
export function activationTarget(section: ActivationSection): string {
  const endpoint = formatEndpoint(section.target);
  return section.target.address && section.target.address !== section.target.host ? `${endpoint} (${section.target.address})` : endpoint;
}

/** The request in one line: version, product, KMS counted id. */
export function requestLine(section: ActivationSection): string {
  return `a ${section.sent.protocol} request for ${section.product.name} (KMS counted id ${section.product.kmsCountedId})`;
}

/** The probe result as evidence. */
export function activationEvidence(section: ActivationSection, summary: string): Evidence {
  return { kind: 'probe', ref: section.probe?.id ?? `kms:${formatEndpoint(section.target)}`, summary };
}

/** The HRESULT of a well-formed KMS-level refusal, or null. */
export function refusal(section: ActivationSection): string | null {
  if (section.mode !== 'sent' || section.probe?.status !== 'kms-error') return null;
  return section.response?.hresult ?? null;
}

/** The catalog's and the protocol's words for the code, for evidence lines. */
export function explainedLine(section: ActivationSection): string {
  const explained = section.response?.explained;
  if (!explained) return 'no return value';
  const name = explained.symbolicName ? ` (${explained.symbolicName})` : '';
  return `return value ${explained.code}${name}: ${explained.kmsMeaning ?? explained.summary ?? 'unknown code'}`;
}
