import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { unexpectedRecordEvidence } from './evidence.js';
import { removeRecordCommand } from './remedies.js';
import { srvQueryName, unexpectedRecords } from './select.js';

/** A record of a working KMS host off the allow-list: clients that pick it split the activation count. */
export const rogueHost: Rule = {
  id: 'publication/rogue-host',
  check(facts) {
    return unexpectedRecords(facts, 'rogue').map(({ record, domain }) => ({
      ruleId: 'publication/rogue-host' as const,
      args: { queryName: srvQueryName(record.domain), target: record.target, port: record.port, verdict: record.verdict },
      message: msg('publication/rogue-host.message'),
      target: record.target,
      evidence: unexpectedRecordEvidence(domain, record),
      remedy: [
        msg('publication/rogue-host.remedy.allow', { command: `--expect-host ${record.target}` }),
        msg('publication/rogue-host.remedy.retire', { installKey: 'slmgr.vbs /ipk <GVLK>', stopPublishing: 'slmgr.vbs /cdns', remove: removeRecordCommand(domain, record) }),
        msg('publication/rogue-host.remedy.restrict'),
      ],
    }));
  },
};
