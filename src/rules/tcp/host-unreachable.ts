import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const hostUnreachable: Rule = {
  id: 'tcp/host-unreachable',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'unreachable')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/host-unreachable' as const,
        message: `${hostPort(target)} at ${endpoint.address} is unreachable: ${endpoint.activation!.error?.message ?? endpoint.activation!.status}`,
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          `Check the route from the client: Test-NetConnection ${endpoint.address} -TraceRoute`,
          `On VPN clients with forced tunnelling, make sure KMS traffic goes where the host is`,
          `If the address is old, re-register the host (ipconfig /registerdns on the host) and clear client caches (slmgr.vbs /ckms)`,
        ],
      }));
  },
};
