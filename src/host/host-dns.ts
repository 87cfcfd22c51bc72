/**
 * Where a KMS host would publish its `_vlmcs._tcp` record (kms-facts.md §7.2): its own domain and
 * the DnsDomainPublishList lines, read from its snapshot with the same parser `publication` uses.
 * `/dlv` text names neither the machine nor its domain, so both are then unknown (null / empty).
 */

import { mergeDomains, parsePublishListLine } from '../publication/inputs.js';
import type { IntendedDomain } from '../publication/model.js';
import type { Snapshot } from '../snapshot/model.js';

export interface HostDnsIdentity {
  /** The host's FQDN, when the snapshot gives name and domain. */
  fqdn: string | null;
  /** Domains it should publish in; empty when unknown. */
  domains: IntendedDomain[];
  /** Publish-list lines that could not be read (hostile or malformed text is reported, not used). */
  unreadable: string[];
}

export function hostDnsIdentity(snapshot: Snapshot): HostDnsIdentity {
  const name = snapshot.computer.name?.trim().toLowerCase() || null;
  const ownDomain = (snapshot.computer.domain ?? snapshot.dns?.primaryDnsSuffix ?? null)?.trim().toLowerCase() || null;
  const fqdn = name === null ? null : name.includes('.') || ownDomain === null ? name : `${name}.${ownDomain}`;
  const unreadable: string[] = [];
  const listed = (snapshot.registry?.dnsDomainPublishList ?? []).flatMap((line) => {
    try {
      return parsePublishListLine(line) ?? [];
    } catch {
      unreadable.push(line);
      return [];
    }
  });
  const own: IntendedDomain[] = ownDomain === null ? [] : [{ domain: ownDomain, priority: 0, weight: 0, source: 'host-domain' }];
  return { fqdn, domains: mergeDomains([...own, ...listed]), unreadable };
}
