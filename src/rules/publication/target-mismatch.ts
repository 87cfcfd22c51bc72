import type { RuleId } from '../../catalog/findings.js';
import { msg } from '../../catalog/message.js';
import { sameName } from '../../dns/message.js';
import type { DomainPublication, ExpectedHost, PublicationFacts } from '../../publication/model.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import { srvQueryName } from './select.js';
import { unexpectedRecordDrafts } from './unexpected.js';

type Draft = FindingDraft<RuleId>;

/** A listed expected host that no server resolves, or that servers resolve to different addresses. */
function addressDrafts(publication: PublicationFacts, domain: DomainPublication, host: ExpectedHost): Draft[] {
  const addresses = publication.addresses.find((entry) => sameName(entry.name, host.host));
  const listed = domain.answers.some((answer) => answer.records.some((record) => sameName(record.target, host.host)));
  if (!listed || !addresses) return [];
  const resolved = addresses.byServer.filter((row) => row.addresses.length > 0);
  const lookupEvidence = (row: (typeof addresses.byServer)[number], result: string) => ({
    kind: 'probe' as const,
    ref: `addr:${host.host}@${row.server}`,
    summary: msg('publication/target-mismatch.evidence.lookup', { server: row.server, result }),
  });
  if (resolved.length === 0) {
    return [
      {
        ruleId: 'publication/target-mismatch',
        args: { host: host.host, queryName: srvQueryName(domain.domain), statuses: addresses.byServer.map((row) => `${row.server}: ${row.status}`) },
        message: msg('publication/target-mismatch.message.unresolved'),
        target: host.host,
        evidence: addresses.byServer.map((row) => lookupEvidence(row, row.status)),
        remedy: [msg('publication/target-mismatch.remedy.register', { command: 'ipconfig /registerdns' }), msg('publication/target-mismatch.remedy.register-own')],
      },
    ];
  }
  if (new Set(resolved.map((row) => row.addresses.join(','))).size < 2) return [];
  return [
    {
      ruleId: 'publication/target-mismatch',
      // Server and addresses in a notation that reads the same in every language.
      args: { host: host.host, answers: resolved.map((row) => `${row.server}: ${row.addresses.join(' ')}`).join('; ') },
      message: msg('publication/target-mismatch.message.differ'),
      target: host.host,
      evidence: resolved.map((row) => lookupEvidence(row, row.addresses.join(' '))),
      remedy: [msg('publication/target-mismatch.remedy.remove-outdated'), msg('publication/target-mismatch.remedy.reregister', { command: 'ipconfig /registerdns' })],
    },
  ];
}

/** The record does not lead to the host: its target does not resolve, resolves differently per server, or is another name for the host. */
export const targetMismatch: Rule = {
  id: 'publication/target-mismatch',
  check(facts) {
    const publication = facts.publication;
    if (!publication) return [];
    const byAddress = publication.domains.flatMap((domain) => publication.input.hosts.flatMap((host) => addressDrafts(publication, domain, host)));
    const aliases = unexpectedRecordDrafts(facts, 'alias', 'publication/target-mismatch', (record) => ({
      message: msg('publication/target-mismatch.message.alias'),
      args: { addresses: record.addresses.join(' '), aliasOf: record.aliasOf },
      remedy: (remove) => [msg('publication/target-mismatch.remedy.point-at-host', { option: '--expect-host' }), msg('remedy.publication.remove-record', { command: remove })],
    }));
    return [...byAddress, ...aliases];
  },
};
