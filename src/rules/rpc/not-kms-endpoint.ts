import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const notKmsEndpoint: Rule = {
  id: 'rpc/not-kms-endpoint',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.rpc && ['not-rpc', 'rpc-rejected', 'rpc-invalid'].includes(endpoint.rpc.status))
      .map(({ target, endpoint }) => {
        const rpc = endpoint.rpc!;
        const what = rpc.status === 'not-rpc'
          ? 'the service there does not speak DCE/RPC'
          : rpc.status === 'rpc-invalid'
            ? `its reply does not answer the KMS bind (${rpc.data?.verdict ?? 'invalid'}: ${rpc.error?.message ?? 'no detail'})`
            : `a DCE/RPC server refused the KMS interface (${rpc.data?.verdict ?? 'rejected'})`;
        return {
          ruleId: 'rpc/not-kms-endpoint' as const,
          message: `${hostPort(target)} at ${endpoint.address} is open, but ${what}`,
          target: target.name,
          evidence: [probeEvidence(rpc)],
          remedy: [
            `On that machine, find what owns the port: Get-NetTCPConnection -LocalPort ${target.port} -State Listen | ForEach-Object { Get-Process -Id $_.OwningProcess }`,
            `If the record points at the wrong machine, correct it${target.domain ? ` in ${target.domain}` : ''}; if the KMS host moved ports, follow it: slmgr.vbs /dlv on the host`,
          ],
        };
      });
  },
};
