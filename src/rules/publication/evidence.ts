/** Evidence lines several publication rules show: one server's answer, one publishing event, one unexpected record. */
import { msg } from '../../catalog/message.js';
import type { PublishingResult } from '../../events/attempts.js';
import type { DomainPublication, UnexpectedRecord } from '../../publication/model.js';
import type { EvidenceDraft } from '../types.js';

/** What one server answered for the domain's SRV name; its records in zone-file order, which read the same in every language. */
export function srvAnswerEvidence(domain: DomainPublication, server: string): EvidenceDraft {
  const answer = domain.answers.find((entry) => entry.server === server);
  const records = answer?.records ?? [];
  return {
    kind: 'probe',
    ref: answer?.probe ?? server,
    summary: msg('evidence.publication.srv-answer', {
      server,
      role: answer?.role ?? null,
      status: answer?.status ?? '?',
      authoritativeAnswer: answer?.aa === true,
      recordCount: records.length,
      records: records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target} (TTL ${record.ttl})`).join('; '),
    }),
  };
}

export function srvAnswersEvidence(domain: DomainPublication): EvidenceDraft[] {
  return domain.answers.map((answer) => srvAnswerEvidence(domain, answer.server));
}

/** One 12293 (failed) or 12294 (published) event. */
export function publishingEventEvidence(result: PublishingResult): EvidenceDraft {
  return {
    kind: 'event',
    ref: String(result.event.recordId ?? result.time),
    summary: msg('evidence.publication.publishing-event', {
      published: result.ok,
      code: result.hresult ?? '',
      domain: result.domain ?? '?',
      time: result.time,
      computer: result.computer,
    }),
  };
}

/** The servers that list a record of a host off the allow-list, and what probing that host found. */
export function unexpectedRecordEvidence(domain: DomainPublication, record: UnexpectedRecord): EvidenceDraft[] {
  return [
    ...record.listedBy.map((server) => srvAnswerEvidence(domain, server)),
    {
      kind: 'probe',
      ref: `${record.target}:${record.port}`,
      summary: msg('evidence.publication.unexpected-target', {
        target: record.target,
        port: record.port,
        addressCount: record.addresses.length,
        addresses: record.addresses.join(' '),
        verdict: record.verdict,
      }),
    },
  ];
}
