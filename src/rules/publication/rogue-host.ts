import { msg } from '../../catalog/message.js';
import { unexpectedRecordRule } from './unexpected.js';

/** A record of a working KMS host off the allow-list: clients that pick it split the activation count. */
export const rogueHost = unexpectedRecordRule('publication/rogue-host', 'rogue', (record) => ({
  message: msg('publication/rogue-host.message'),
  remedy: (remove) => [
    msg('publication/rogue-host.remedy.allow', { command: `--expect-host ${record.target}` }),
    msg('publication/rogue-host.remedy.retire', { installKey: 'slmgr.vbs /ipk <GVLK>', stopPublishing: 'slmgr.vbs /cdns', remove }),
    msg('publication/rogue-host.remedy.restrict'),
  ],
}));
