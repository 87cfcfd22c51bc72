import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { srvAnswerEvidence } from './evidence.js';
import { isDefinite, isLame, srvQueryName } from './select.js';

/** A server that did not answer for certain (silence, refusal, a lame authoritative answer); an error when no server of the domain did. */
export const serverUnanswered: Rule = {
  id: 'publication/server-unanswered',
  check(facts) {
    return (facts.publication?.domains ?? []).flatMap((domain) => {
      // Nobody answered for the domain (silence, refusal, the deadline): nothing was verified, so this cannot pass.
      const unverified = domain.answers.length > 0 && !domain.answers.some(isDefinite);
      return domain.answers
        .filter((answer) => isLame(answer) || !['ok', 'dns-nodata', 'dns-nxdomain'].includes(answer.status))
        .map((answer) => {
          const lame = isLame(answer);
          const variant = lame ? 'lame' : unverified ? 'unverified' : 'unknown';
          return {
            ruleId: 'publication/server-unanswered' as const,
            ...(unverified && { severity: 'error' as const }),
            args: { server: answer.server, role: answer.role, queryName: srvQueryName(domain.domain), zone: domain.zone, status: answer.status, rcode: answer.rcode || null },
            message: msg(`publication/server-unanswered.message.${variant}`),
            target: answer.server,
            evidence: [srvAnswerEvidence(domain, answer.server)],
            remedy: [
              msg('publication/server-unanswered.remedy.ask', { command: `nslookup -type=srv ${srvQueryName(domain.domain)} ${answer.server.replace(/:53$/, '')}` }),
              msg('publication/server-unanswered.remedy.zone', { setting: 'allow-query', command: `Get-DnsServerZone -Name ${domain.zone}` }),
            ],
          };
        });
    });
  },
};
