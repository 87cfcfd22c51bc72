import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { unexpectedRecordEvidence } from './evidence.js';
import { removeRecordCommand } from './remedies.js';
import { srvQueryName, unexpectedRecords } from './select.js';

/** A record of a host off the allow-list that does not work: a decommissioned host whose record stayed. */
export const staleHost: Rule = {
  id: 'publication/stale-host',
  check(facts) {
    return unexpectedRecords(facts, 'stale').map(({ record, domain }) => ({
      ruleId: 'publication/stale-host' as const,
      args: { queryName: srvQueryName(record.domain), target: record.target, port: record.port, verdict: record.verdict },
      message: msg('publication/stale-host.message'),
      target: record.target,
      evidence: unexpectedRecordEvidence(domain, record),
      remedy: [
        msg('remedy.publication.remove-record', { command: removeRecordCommand(domain, record) }),
        msg('publication/stale-host.remedy.scavenging'),
        msg('publication/stale-host.remedy.clear-cache', { command: 'slmgr.vbs /ckms' }),
      ],
    }));
  },
};
