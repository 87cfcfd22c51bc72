import { msg } from '../../catalog/message.js';
import type { DomainPublication } from '../../publication/model.js';
import type { Rule } from '../rule.js';
import { srvAnswerEvidence } from './evidence.js';
import { compareSerialsRemedy } from './remedies.js';
import { srvQueryName } from './select.js';

/** TTLs of each record (target:port), compared between authoritative answers only: resolvers count cached TTLs down. */
function authoritativeTtls(domain: DomainPublication): Map<string, Array<{ server: string; ttl: number }>> {
  const ttls = new Map<string, Array<{ server: string; ttl: number }>>();
  for (const answer of domain.answers.filter((entry) => entry.role === 'authoritative' && entry.aa)) {
    for (const record of answer.records) {
      const key = `${record.target}:${record.port}`;
      ttls.set(key, [...(ttls.get(key) ?? []), { server: answer.server, ttl: record.ttl }]);
    }
  }
  return ttls;
}

/** Authoritative servers that give one record different TTLs serve different versions of the zone. */
export const ttlDisagree: Rule = {
  id: 'publication/ttl-disagree',
  check(facts) {
    return (facts.publication?.domains ?? []).flatMap((domain) =>
      [...authoritativeTtls(domain)]
        .filter(([, list]) => new Set(list.map((entry) => entry.ttl)).size >= 2)
        .map(([record, list]) => ({
          ruleId: 'publication/ttl-disagree' as const,
          args: { record, queryName: srvQueryName(domain.domain), ttls: list.map((entry) => `${entry.server}: ${entry.ttl}`) },
          message: msg('publication/ttl-disagree.message'),
          target: record.slice(0, record.lastIndexOf(':')),
          evidence: list.map((entry) => srvAnswerEvidence(domain, entry.server)),
          remedy: [compareSerialsRemedy(domain), msg('publication/ttl-disagree.remedy.settle')],
        })),
    );
  },
};
