import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { unexpectedRecordDrafts } from './unexpected.js';

/** A record of a host off the allow-list that does not work: a decommissioned host whose record stayed. */
export const staleHost: Rule = {
  id: 'publication/stale-host',
  check(facts) {
    return unexpectedRecordDrafts(facts, 'stale', 'publication/stale-host', (record) => ({
      message: msg('publication/stale-host.message'),
      args: { verdict: record.verdict },
      remedy: (remove) => [
        msg('remedy.publication.remove-record', { command: remove }),
        msg('publication/stale-host.remedy.scavenging'),
        msg('publication/stale-host.remedy.clear-cache', { command: 'slmgr.vbs /ckms' }),
      ],
    }));
  },
};
