/**
 * Values that read the same in every display language, because they come from licence files or
 * WMI rather than from slmgr's resources (kms-facts.md §6.1): they are recognised on lines whose
 * label is not known.
 */
import type { LicenseChannel } from '../snapshot/model.js';

export const GUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
export const NAME_ANCHOR = /^(?:Windows\(R\)|Office \d+\b).*\bedition$/i;
export const DESCRIPTION_ANCHOR = /^(?:Windows\(R\)|Office\b).*\b[A-Z][A-Z0-9_]+ channel$/;
export const KEY_CHANNEL_ANCHOR = /^(?:Volume:[A-Za-z]+|Retail(?::[A-Za-z]+)*|OEM:[A-Za-z_]+(?::[A-Za-z_]+)*)$/;
export const VERSION_ANCHOR = /^\d+\.\d+\.\d+\.\d+$/;
export const HOST_PORT_ANCHOR = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/;

/** Description → channel, as slmgr decides it (case-sensitive `InStr`, SLMGR-SRC IsKmsClient/IsKmsServer). */
export function channelOf(description: string): LicenseChannel {
  if (description.includes('VOLUME_KMSCLIENT')) return 'VOLUME_KMSCLIENT';
  if (description.includes('VOLUME_KMS')) return 'VOLUME_KMS';
  if (description.includes('VOLUME_MAK')) return 'VOLUME_MAK';
  if (/\bRETAIL\b/.test(description)) return 'RETAIL';
  if (/\bOEM(?:_|\b)/.test(description)) return 'OEM';
  return 'OTHER';
}
