import { msg } from '../../catalog/message.js';
import { phrases, probeEvidence, recordedSentences } from '../describe-probe.js';
import { listenerCommand } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const protocolAnomaly: Rule = {
  id: 'rpc/protocol-anomaly',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => (endpoint.rpc?.data?.anomalies.length ?? 0) > 0)
      .map(({ target, endpoint }) => ({
        ruleId: 'rpc/protocol-anomaly' as const,
        // The kinds (BIND_ANOMALY_KINDS) are the language-neutral facts; scripts key on them.
        args: { host: hostPort(target), address: endpoint.address, port: target.port, anomalyKinds: endpoint.rpc!.data!.anomalies.map((text) => text.split(':')[0]!) },
        // Each anomaly is a phrase of its own (it may hold commas), in the report's language.
        message: msg('rpc/protocol-anomaly.message', { anomalies: phrases(recordedSentences(endpoint.rpc!.data!.anomalies, endpoint.rpc!.data!.anomalyReasons)) }),
        target: target.name,
        evidence: [probeEvidence(endpoint.rpc!)],
        remedy: [msg('rpc/protocol-anomaly.remedy.listener', { command: listenerCommand(target.port) })],
      }));
  },
};
