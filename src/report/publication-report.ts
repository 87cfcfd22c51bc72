/** The section of `publication`: where the KMS host's SRV record should be, and where it is. */
import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import type { Message } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { DomainPublication, ExpectedHost, PublicationFacts, UnexpectedRecord } from '../publication/model.js';
import type { Envelope } from './envelope.js';

/** A domain's check with its notes in the report's language, and the same notes as catalog messages. */
export interface ReportDomainPublication extends Omit<DomainPublication, 'notes'> {
  notes: string[];
  noteMessages: Message[];
}

export interface PublicationSection {
  resolvers: string[];
  resolverSource: 'given' | 'system' | 'none';
  hosts: ExpectedHost[];
  allowList: string[];
  domains: ReportDomainPublication[];
  unexpected: UnexpectedRecord[];
  publishing: Array<{ computer: string | null; time: string; domain: string | null; ok: boolean; hresult: string | null }>;
  /** What the inputs left out or could not give, in the report's language. */
  notes: string[];
  /** The same notes as catalog messages (ids and language-neutral args), in the same order. */
  noteMessages: Message[];
}

export type PublicationReport = Envelope<'publication'> & PublicationSection;

export function publicationSection(facts: PublicationFacts, resolvers: string[], locale: Locale = DEFAULT_LOCALE): PublicationSection {
  return {
    resolvers,
    resolverSource: facts.input.resolverSource,
    hosts: facts.input.hosts,
    allowList: facts.input.allowList,
    domains: facts.domains.map(({ notes, ...domain }) => ({ ...domain, notes: notes.map((note) => render(note, locale)), noteMessages: notes })),
    unexpected: facts.unexpected,
    publishing: facts.input.publishing.map(({ computer, time, domain, ok, hresult }) => ({ computer, time, domain, ok, hresult })),
    notes: facts.input.notes.map((note) => render(note, locale)),
    noteMessages: facts.input.notes,
  };
}
