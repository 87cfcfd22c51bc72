/** What the publication rules pick out of PublicationFacts: the same walk, so every rule sees the same hosts and servers. */
import { sameName } from '../../dns/message.js';
import type { PublishingResult } from '../../events/attempts.js';
import { hostOfResult } from '../../publication/inputs.js';
import type { DomainPublication, ExpectedHost, HostPresence, PublicationFacts, ServerAnswer, UnexpectedRecord } from '../../publication/model.js';
import type { Facts } from '../facts.js';

/** The SRV name clients of a domain ask for. */
export function srvQueryName(domain: string): string {
  return `_vlmcs._tcp.${domain}`;
}

/** An answer that says for certain whether the record is there (a lame authoritative answer does not). */
export function isDefinite(answer: ServerAnswer): boolean {
  return ['ok', 'dns-nodata', 'dns-nxdomain'].includes(answer.status) && !(answer.role === 'authoritative' && answer.aa === false);
}

/** A server named as authoritative that answered without the AA flag: a cache or a lame delegation. */
export function isLame(answer: ServerAnswer): boolean {
  return answer.role === 'authoritative' && answer.status === 'ok' && answer.aa === false;
}

/** The newest 12293/12294 the host logged for the domain. */
function latestPublishing(facts: PublicationFacts, host: ExpectedHost, domain: string): PublishingResult | undefined {
  return facts.input.publishing
    .filter((result) => result.domain !== null && sameName(result.domain, domain) && hostOfResult(result, facts.input.hosts) === host)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .at(-1);
}

export interface HostInDomain {
  domain: DomainPublication;
  host: ExpectedHost;
  presence: HostPresence;
  /** Servers that answered for certain, with or without the record. */
  answered: number;
  latest: PublishingResult | undefined;
}

/** Every expected host in every intended domain, domain by domain, with its record's presence and its last publishing event. */
export function hostsInDomains(facts: Facts): HostInDomain[] {
  const publication = facts.publication;
  if (!publication) return [];
  return publication.domains.flatMap((domain) =>
    publication.input.hosts.map((host) => {
      const presence = domain.hosts.find((entry) => entry.host === host.host)!;
      return { domain, host, presence, answered: presence.presentOn.length + presence.missingOn.length, latest: latestPublishing(publication, host, domain.domain) };
    }),
  );
}

/** A record of a host that is not on the allow-list, with the domain it was found in and the record as served. */
export interface UnexpectedInDomain {
  record: UnexpectedRecord;
  domain: DomainPublication;
}

export function unexpectedRecords(facts: Facts, classification: UnexpectedRecord['classification']): UnexpectedInDomain[] {
  const publication = facts.publication;
  if (!publication) return [];
  return publication.unexpected
    .filter((record) => record.classification === classification)
    .map((record) => ({ record, domain: publication.domains.find((entry) => entry.domain === record.domain)! }));
}
