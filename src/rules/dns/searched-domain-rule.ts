import type { SrvData } from '../../../probes/srv-discovery.js';
import type { RuleId } from '../../catalog/findings.js';
import type { FactArgs } from '../../catalog/message.js';
import type { ProbeResult } from '../../core/result.js';
import type { DomainDiscovery } from '../../engine/model.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/** What a rule says about one domain: the answers it rests on, and the rest of its finding. */
export interface DomainJudgement extends Omit<FindingDraft, 'ruleId' | 'target' | 'evidence' | 'args'> {
  /** The servers' answers that show it: they are the finding's evidence and its `servers`. */
  answers: ProbeResult<SrvData>[];
  /** Facts beyond the query name, the domain and the servers, which every such finding carries. */
  args?: FactArgs;
}

/**
 * A rule that judges each domain the client searches on its own, one finding a domain at most
 * (`judge` returns null when the domain is fine). A comparison domain is not searched by the
 * client, so what it holds or lacks breaks nothing: it is never judged.
 */
export function searchedDomainRule(id: RuleId, judge: (discovery: DomainDiscovery) => DomainJudgement | null): Rule {
  return {
    id,
    check(facts) {
      return (facts.connectivity?.domains ?? [])
        .filter((discovery) => discovery.role !== 'comparison')
        .flatMap((discovery) => {
          const judgement = judge(discovery);
          if (judgement === null) return [];
          const { answers, args, ...finding } = judgement;
          const servers = answers.flatMap((answer) => answer.target.server ?? []);
          return [
            {
              ruleId: id,
              ...finding,
              args: { queryName: discovery.queryName, domain: discovery.domain, servers, ...args },
              target: discovery.domain,
              evidence: answers.map(probeEvidence),
            },
          ];
        });
    },
  };
}
