import { msg } from '../../catalog/message.js';
import { sameName } from '../../dns/message.js';
import type { Rule } from '../rule.js';
import { srvAnswerEvidence } from './evidence.js';
import { manualRecordArgs } from './remedies.js';
import { srvQueryName } from './select.js';

/** A server lists an expected host with a port other than the one it listens on. */
export const portMismatch: Rule = {
  id: 'publication/port-mismatch',
  check(facts) {
    const publication = facts.publication;
    if (!publication) return [];
    return publication.domains.flatMap((domain) =>
      publication.input.hosts.flatMap((host) =>
        domain.answers.flatMap((answer) =>
          answer.records
            .filter((record) => sameName(record.target, host.host) && record.port !== host.port)
            .map((record) => ({
              ruleId: 'publication/port-mismatch' as const,
              args: { server: answer.server, host: host.host, queryName: srvQueryName(domain.domain), recordPort: record.port, port: host.port },
              message: msg('publication/port-mismatch.message'),
              target: host.host,
              evidence: [srvAnswerEvidence(domain, answer.server)],
              remedy: [
                msg('publication/port-mismatch.remedy.confirm', { command: 'slmgr.vbs /dlv' }),
                msg('publication/port-mismatch.remedy.replace', manualRecordArgs(domain, host)),
              ],
            })),
        ),
      ),
    );
  },
};
