/** The section of `publication`: where the KMS host's SRV record should be, and where it is. */
import type { DomainPublication, ExpectedHost, PublicationFacts, UnexpectedRecord } from '../publication/model.js';
import type { Envelope } from './envelope.js';

export interface PublicationSection {
  resolvers: string[];
  resolverSource: 'given' | 'system' | 'none';
  hosts: ExpectedHost[];
  allowList: string[];
  domains: DomainPublication[];
  unexpected: UnexpectedRecord[];
  publishing: Array<{ computer: string | null; time: string; domain: string | null; ok: boolean; hresult: string | null }>;
  notes: string[];
}

export type PublicationReport = Envelope<'publication'> & PublicationSection;

export function publicationSection(facts: PublicationFacts, resolvers: string[]): PublicationSection {
  return {
    resolvers,
    resolverSource: facts.input.resolverSource,
    hosts: facts.input.hosts,
    allowList: facts.input.allowList,
    domains: facts.domains,
    unexpected: facts.unexpected,
    publishing: facts.input.publishing.map(({ computer, time, domain, ok, hresult }) => ({ computer, time, domain, ok, hresult })),
    notes: facts.input.notes,
  };
}
