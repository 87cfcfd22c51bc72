import { msg } from '../../catalog/message.js';
import { unexpectedRecordRule } from './unexpected.js';

/** A record of a host off the allow-list that does not work: a decommissioned host whose record stayed. */
export const staleHost = unexpectedRecordRule('publication/stale-host', 'stale', () => ({
  message: msg('publication/stale-host.message'),
  remedy: (remove) => [
    msg('remedy.publication.remove-record', { command: remove }),
    msg('publication/stale-host.remedy.scavenging'),
    msg('publication/stale-host.remedy.clear-cache', { command: 'slmgr.vbs /ckms' }),
  ],
}));
