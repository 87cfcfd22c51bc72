import type { MessageId } from '../../catalog/catalogs.js';
import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import { probeEvidence } from '../describe-probe.js';
import { listenerCommand, SHOW_LICENSE } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

/** What the listener did, by probe status: no DCE/RPC at all, a reply that is no bind answer, or a refusal. */
const MESSAGE_OF: Readonly<Record<string, MessageId>> = {
  'not-rpc': 'rpc/not-kms-endpoint.message.not-rpc',
  'rpc-invalid': 'rpc/not-kms-endpoint.message.invalid',
  'rpc-rejected': 'rpc/not-kms-endpoint.message.rejected',
};

export const notKmsEndpoint: Rule = {
  id: 'rpc/not-kms-endpoint',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.rpc && Object.hasOwn(MESSAGE_OF, endpoint.rpc.status))
      .map(({ target, endpoint }) => {
        const rpc = endpoint.rpc!;
        return {
          ruleId: 'rpc/not-kms-endpoint' as const,
          args: {
            host: hostPort(target),
            address: endpoint.address,
            port: target.port,
            domain: target.domain ?? null,
            verdict: rpc.data?.verdict ?? null,
          },
          // The probe's own account of why the reply does not answer the bind, in the report's language.
          message: msg(MESSAGE_OF[rpc.status]!, { detail: errorCause(rpc.error) }),
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [
            msg('rpc/not-kms-endpoint.remedy.owner', { command: `${listenerCommand(target.port)} | ForEach-Object { Get-Process -Id $_.OwningProcess }` }),
            msg('rpc/not-kms-endpoint.remedy.record-or-port', { command: SHOW_LICENSE }),
          ],
        };
      });
  },
};
