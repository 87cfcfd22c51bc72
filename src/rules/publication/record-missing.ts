import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { publishingEventEvidence, srvAnswersEvidence } from './evidence.js';
import { hostEventsRemedy, manualRecordArgs, restartRemedy } from './remedies.js';
import { hostsInDomains, srvQueryName } from './select.js';

/** A publishing host whose record no server that answered holds; its last publishing event tells why, when there is one. */
export const recordMissing: Rule = {
  id: 'publication/record-missing',
  check(facts) {
    return hostsInDomains(facts)
      .filter(({ host, presence, answered }) => host.dnsPublishing !== false && presence.presentOn.length === 0 && answered > 0)
      .map(({ domain, host, latest }) => ({
        ruleId: 'publication/record-missing' as const,
        args: { host: host.host, domain: domain.domain, queryName: srvQueryName(domain.domain) },
        message:
          latest === undefined
            ? msg('publication/record-missing.message')
            : msg(latest.ok ? 'publication/record-missing.message.published' : 'publication/record-missing.message.failed', { time: latest.time, code: latest.hresult }),
        target: host.host,
        evidence: [...srvAnswersEvidence(domain), ...(latest ? [publishingEventEvidence(latest)] : [])],
        remedy: [hostEventsRemedy(), restartRemedy(), msg('publication/record-missing.remedy.by-hand', manualRecordArgs(domain, host))],
      }));
  },
};
