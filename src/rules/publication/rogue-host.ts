import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { unexpectedRecordDrafts } from './unexpected.js';

/** A record of a working KMS host off the allow-list: clients that pick it split the activation count. */
export const rogueHost: Rule = {
  id: 'publication/rogue-host',
  check(facts) {
    return unexpectedRecordDrafts(facts, 'rogue', 'publication/rogue-host', (record) => ({
      message: msg('publication/rogue-host.message'),
      args: { verdict: record.verdict },
      remedy: (remove) => [
        msg('publication/rogue-host.remedy.allow', { command: `--expect-host ${record.target}` }),
        msg('publication/rogue-host.remedy.retire', { installKey: 'slmgr.vbs /ipk <GVLK>', stopPublishing: 'slmgr.vbs /cdns', remove }),
        msg('publication/rogue-host.remedy.restrict'),
      ],
    }));
  },
};
