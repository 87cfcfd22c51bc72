import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import { endpoints, hostPort } from '../select.js';

export const kmsPortFiltered: Rule = {
  id: 'tcp/kms-port-filtered',
  check(facts) {
    return endpoints(facts)
      .filter(({ endpoint }) => endpoint.activation?.data?.state === 'filtered')
      .map(({ target, endpoint }) => ({
        ruleId: 'tcp/kms-port-filtered' as const,
        message: `${hostPort(target)} at ${endpoint.address}: no answer to the TCP handshake within ${Math.round(endpoint.activation!.durationMs)} ms — a firewall drops port ${target.port}`,
        target: target.name,
        evidence: [probeEvidence(endpoint.activation!)],
        remedy: [
          `On the KMS host, enable the built-in rule (it ships disabled): Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True`,
          ...(target.port === 1688 ? [] : [`The host listens on ${target.port}, which the built-in rule does not cover: New-NetFirewallRule -DisplayName 'Key Management Service (TCP ${target.port})' -Direction Inbound -Protocol TCP -LocalPort ${target.port} -Action Allow -Profile Domain,Private`]),
          `Check network firewalls and VPN routing between client and host, then test from the client: Test-NetConnection ${target.name} -Port ${target.port}`,
        ],
      }));
  },
};
