import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { srvAnswersEvidence } from './evidence.js';
import { compareSerialsRemedy } from './remedies.js';
import { hostsInDomains, srvQueryName } from './select.js';

/** A publishing host's record that some servers of the domain hold and others do not. */
export const missingOnSomeServers: Rule = {
  id: 'publication/missing-on-some-servers',
  check(facts) {
    return hostsInDomains(facts)
      .filter(({ host, presence }) => host.dnsPublishing !== false && presence.presentOn.length > 0 && presence.missingOn.length > 0)
      .map(({ domain, host, presence }) => ({
        ruleId: 'publication/missing-on-some-servers' as const,
        args: { host: host.host, queryName: srvQueryName(domain.domain), presentOn: presence.presentOn, missingOn: presence.missingOn },
        message: msg('publication/missing-on-some-servers.message'),
        target: host.host,
        evidence: srvAnswersEvidence(domain),
        remedy: [
          compareSerialsRemedy(domain),
          msg('publication/missing-on-some-servers.remedy.active-directory', {
            sync: 'repadmin /syncall /AdeP',
            list: `Get-DnsServerResourceRecord -ZoneName ${domain.zone} -RRType SRV`,
          }),
          msg('publication/missing-on-some-servers.remedy.bind', { command: `rndc retransfer ${domain.zone}` }),
          msg('publication/missing-on-some-servers.remedy.split-horizon'),
        ],
      }));
  },
};
