import { lookupCode } from '../../catalog/codes/catalog.js';
import { msg } from '../../catalog/message.js';
import { explainStep } from '../events/select.js';
import type { Rule } from '../rule.js';
import type { Text } from '../types.js';
import { publishingEventEvidence, srvAnswersEvidence } from './evidence.js';
import { restartRemedy } from './remedies.js';
import { type HostInDomain, hostsInDomains } from './select.js';

/** 0x80072338: the host may not update the existing _VLMCS record (its computer account lacks rights on it). */
const NO_PERMISSION = '0x80072338';

/** Steps for a refused update: the code's own page (its remedies, in the reader's language), or for a missing permission the record's ACL. */
function remedyFor({ domain, host }: HostInDomain, code: string | null): Text[] {
  if (code !== NO_PERMISSION) return [...(code ? [explainStep(code)] : []), restartRemedy()];
  return [
    msg('publication/publishing-failed.remedy.permission', { zone: domain.zone, account: `${host.host.split('.')[0]!.toUpperCase()}$` }),
    restartRemedy(),
    msg('publication/publishing-failed.remedy.stop-publishing', { setting: 'DnsDomainPublishList' }),
  ];
}

/** The host's last publishing event in a domain is a 12293: its dynamic update was refused. */
export const publishingFailed: Rule = {
  id: 'publication/publishing-failed',
  check(facts) {
    return hostsInDomains(facts).flatMap((entry) => {
      const { domain, host, latest } = entry;
      if (!latest || latest.ok) return [];
      const code = latest.hresult;
      const codeEntry = code ? lookupCode(code) : undefined;
      const meaning = codeEntry ? codeEntry.meaning.split('. ')[0]!.replace(/\.$/, '') : null;
      return [
        {
          ruleId: 'publication/publishing-failed' as const,
          args: { host: host.host, domain: domain.domain, code },
          // The code's meaning comes from the code catalog, in its language; it is not a fact of the occurrence.
          message: msg('publication/publishing-failed.message', { meaning }),
          target: host.host,
          evidence: [publishingEventEvidence(latest), ...srvAnswersEvidence(domain)],
          remedy: remedyFor(entry, code),
        },
      ];
    });
  },
};
