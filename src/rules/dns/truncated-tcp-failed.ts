import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { srvAnswers } from '../select.js';
import { listKmsRecordsCommand, serverHost, testDnsTcpCommand } from './commands.js';

export const truncatedTcpFailed: Rule = {
  id: 'dns/truncated-tcp-failed',
  check(facts) {
    return srvAnswers(facts)
      .filter(({ answer }) => answer.status === 'dns-truncated')
      .map(({ discovery, answer }) => {
        const host = serverHost(answer.target.server ?? '');
        return {
          ruleId: 'dns/truncated-tcp-failed' as const,
          args: { queryName: discovery.queryName, domain: discovery.domain, server: answer.target.server ?? '', errorCode: answer.error?.code ?? null },
          message: msg('dns/truncated-tcp-failed.message', { cause: errorCause(answer.error) }),
          target: answer.target.server ?? discovery.domain,
          evidence: [probeEvidence(answer)],
          remedy: [
            msg('dns/truncated-tcp-failed.remedy.allow-tcp', { server: host, command: testDnsTcpCommand(host) }),
            msg('dns/truncated-tcp-failed.remedy.prune', { command: listKmsRecordsCommand(discovery.domain) }),
          ],
        };
      });
  },
};
