import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';
import { serverHost, testDnsTcpCommand } from './commands.js';

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
      const host = serverHost(server);
      return {
        ruleId: 'dns/server-unreachable' as const,
        // The first answer tells how the server failed; the catalog words each status.
        args: { server, status: first.status, attempts: first.attempts },
        message: msg('dns/server-unreachable.message'),
        target: server,
        evidence: items.map(({ answer }) => probeEvidence(answer)),
        remedy: [
          msg('dns/server-unreachable.remedy.test', { tcpCommand: testDnsTcpCommand(host), resolveCommand: `Resolve-DnsName -Server ${host} -DnsOnly <a-known-name>` }),
          msg('dns/server-unreachable.remedy.service', { server: host, command: 'Get-Service DNS' }),
          msg('dns/server-unreachable.remedy.client-list', { command: 'Get-DnsClientServerAddress -AddressFamily IPv4' }),
        ],
      };
    });
  },
};
