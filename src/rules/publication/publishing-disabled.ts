import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { srvAnswersEvidence } from './evidence.js';
import { manualRecordRemedy, RESTART_SPPSVC } from './remedies.js';
import { hostsInDomains } from './select.js';

const SETTING = 'DisableDnsPublishing = 1';

/** A host that does not publish itself (slmgr /cdns): an error where no server holds its record, else a reminder to keep it by hand. */
export const publishingDisabled: Rule = {
  id: 'publication/publishing-disabled',
  check(facts) {
    return hostsInDomains(facts)
      .filter(({ host }) => host.dnsPublishing === false)
      .map(({ domain, host, presence, answered }) => {
        const missing = presence.presentOn.length === 0 && answered > 0;
        return {
          ruleId: 'publication/publishing-disabled' as const,
          severity: missing ? ('error' as const) : ('info' as const),
          args: { host: host.host, domain: domain.domain, missingOn: presence.missingOn },
          message: msg(missing ? 'publication/publishing-disabled.message.missing' : 'publication/publishing-disabled.message.by-hand', {
            setting: SETTING,
            missingCount: presence.missingOn.length,
          }),
          target: host.host,
          evidence: [
            { kind: 'setting' as const, ref: 'DisableDnsPublishing', summary: msg('publication/publishing-disabled.evidence', { setting: SETTING, command: 'slmgr /cdns' }) },
            ...srvAnswersEvidence(domain),
          ],
          remedy: [...manualRecordRemedy(domain, host), msg('publication/publishing-disabled.remedy.publish-again', { command: 'slmgr.vbs /sdns', restart: RESTART_SPPSVC })],
        };
      });
  },
};
