import type { PortState } from '../../../probes/tcp-port.js';
import type { RuleId } from '../../catalog/findings.js';
import type { FactArgs, Message } from '../../catalog/message.js';
import type { KmsTarget, TargetEndpoint } from '../../engine/model.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

/** What differs per rule: its sentence, its extra facts and its steps, for one endpoint. */
interface PortStateWording {
  message: Message;
  args: FactArgs;
  remedy: Message[];
}

/**
 * One finding per endpoint whose activation port probe ended in `state`: every such rule names
 * the host and address the same way and points at the same probe, so only the wording differs.
 */
export function activationPortRule(id: RuleId, state: PortState, wording: (target: KmsTarget, endpoint: TargetEndpoint) => PortStateWording): Rule {
  return {
    id,
    check(facts) {
      return endpoints(facts)
        .filter(({ endpoint }) => endpoint.activation?.data?.state === state)
        .map(({ target, endpoint }) => {
          const { message, args, remedy } = wording(target, endpoint);
          return {
            ruleId: id,
            args: { host: hostPort(target), address: endpoint.address, ...args },
            message,
            target: target.name,
            evidence: [probeEvidence(endpoint.activation!)],
            remedy,
          };
        });
    },
  };
}
