import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';

export const truncatedTcpFailed: Rule = {
  id: 'dns/truncated-tcp-failed',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => answer.status === 'dns-truncated')
      .map(({ discovery, answer }) => {
        const host = (answer.target.server ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
        return {
          ruleId: 'dns/truncated-tcp-failed' as const,
          message: `${discovery.queryName} does not fit in a UDP reply from ${answer.target.server}, and the retry over TCP failed: ${answer.error?.message ?? 'no TCP answer'}`,
          target: answer.target.server ?? discovery.domain,
          evidence: [probeEvidence(answer)],
          remedy: [
            `Allow DNS over TCP (port 53) from clients to ${host}; check with: Test-NetConnection ${host} -Port 53`,
            `Remove stale _vlmcs records so the set fits in one UDP reply: Get-DnsServerResourceRecord -ZoneName ${discovery.domain} -Name _vlmcs._tcp -RRType Srv`,
          ],
        };
      });
  },
};
