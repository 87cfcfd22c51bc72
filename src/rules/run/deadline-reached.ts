import { msg } from '../../catalog/message.js';
import { formatEndpoint } from '../../core/names.js';
import type { ProbeResult } from '../../core/result.js';
import { activationEvidence } from '../activation/select.js';
import { probeEvidence } from '../describe-probe.js';
import type { Facts } from '../facts.js';
import type { Rule } from '../rule.js';

function allProbes(facts: Facts): ProbeResult[] {
  const connectivity = facts.connectivity;
  if (!connectivity) return [];
  const all: Array<ProbeResult | undefined> = [
    ...connectivity.domains.flatMap((discovery) => discovery.answers),
    ...connectivity.targets.flatMap((target) => [target.resolution, ...target.endpoints.flatMap((endpoint) => [endpoint.activation, endpoint.management, endpoint.rpc])]),
  ];
  return all.filter((result): result is ProbeResult => result !== undefined);
}

/** A run cut short must say so: silence about a host is not the same as a healthy host. */
export const deadlineReached: Rule = {
  id: 'run/deadline-reached',
  check(facts) {
    const cancelled = [
      ...new Map(
        allProbes(facts)
          .filter((result) => result.status === 'cancelled')
          .map((result) => [result.id, result]),
      ).values(),
    ];
    // The activation request runs under the same deadline as the probes before it.
    const activation = facts.activation?.probe?.status === 'cancelled' ? facts.activation : null;
    const count = cancelled.length + (activation ? 1 : 0);
    if (count === 0) return [];
    return [
      {
        ruleId: 'run/deadline-reached',
        args: { count },
        message: msg('run/deadline-reached.message'),
        evidence: [
          ...cancelled.map(probeEvidence),
          ...(activation
            ? [
                activationEvidence(
                  activation,
                  msg('run/deadline-reached.evidence.activation', {
                    endpoint: formatEndpoint(activation.target),
                    phase: activation.probe!.phase,
                    requestSent: activation.requestSent,
                  }),
                ),
              ]
            : []),
        ],
        remedy: [msg('run/deadline-reached.remedy.longer', { deadlineOption: '--deadline', timeoutOption: '--timeout' })],
      },
    ];
  },
};
