import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';

const UNREACHABLE = new Set(['timeout', 'refused', 'unreachable', 'reset']);

/** Reported once per server, not once per domain asked of it. */
export const serverUnreachable: Rule = {
  id: 'dns/server-unreachable',
  check(facts) {
    const byServer = new Map<string, ReturnType<typeof srvAnswers>>();
    for (const item of srvAnswers(facts).filter(({ answer }) => UNREACHABLE.has(answer.status))) {
      const server = item.answer.target.server ?? '';
      byServer.set(server, [...(byServer.get(server) ?? []), item]);
    }
    return [...byServer].map(([server, items]) => {
      const first = items[0]!.answer;
      const how = first.status === 'refused' ? 'nothing listens on its DNS port (ICMP port unreachable)' : first.status === 'timeout' ? `it sent no answer within the timeout (${first.attempts} UDP sends)` : `the network reports it ${first.status}`;
      const host = server.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
      return {
        ruleId: 'dns/server-unreachable' as const,
        message: `DNS server ${server} did not answer: ${how}`,
        target: server,
        evidence: items.map(({ answer }) => probeEvidence(answer)),
        remedy: [
          `Check the server from the client: Test-NetConnection ${host} -Port 53 (TCP) and Resolve-DnsName -Server ${host} -DnsOnly <a-known-name>`,
          `Check that the DNS Server service runs on ${host}: Get-Service DNS`,
          `Check the client's DNS server list: Get-DnsClientServerAddress -AddressFamily IPv4`,
        ],
      };
    });
  },
};
