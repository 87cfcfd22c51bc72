import type { RuleId } from '../../catalog/findings.js';
import { msg } from '../../catalog/message.js';
import type { ActivationAttempt } from '../../events/attempts.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import { eventEvidence, hostOf, ownAttempts, SUCCESS } from './select.js';

const keyOf = (attempt: ActivationAttempt) => `${attempt.host!.toLowerCase().replace(/\.$/, '')}:${attempt.port ?? ''}`;

/** How the attempt ended, as a code the catalog words ("got no answer", "failed with …"), and the code it ended with. */
function outcome(attempt: ActivationAttempt): { failed: boolean; outcome: 'unanswered' | 'failed' | 'unreadable' | 'succeeded'; code: string | null } {
  if (!attempt.answered) return { failed: true, outcome: 'unanswered', code: attempt.requestHresult && attempt.requestHresult !== SUCCESS ? attempt.requestHresult : null };
  const code = [attempt.responseHresult, attempt.requestHresult].find((hresult) => hresult !== null && hresult !== SUCCESS);
  if (code) return { failed: true, outcome: 'failed', code };
  return { failed: false, outcome: attempt.responseHresult === null ? 'unreadable' : 'succeeded', code: null };
}

/**
 * The 12288s name one host again and again, and then the last attempt, or a failed one, went
 * to a host tried only once (WSD-GUIDE: field 2 of 12288 is the host really contacted). Such a
 * host came from somewhere: a stale or rogue SRV record, a test host publishing itself, or a
 * one-off `slmgr /skms`. Its answer, or its silence, is not what the usual host would say, and
 * a host that answers takes count away from the usual one.
 */
export const unusualHost: Rule = {
  id: 'events/unusual-host',
  check(facts) {
    const attempts = ownAttempts(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name).filter((attempt) => attempt.host !== null);
    const counts = new Map<string, number>();
    for (const attempt of attempts) counts.set(keyOf(attempt), (counts.get(keyOf(attempt)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [usualKey, usualCount] = ranked[0] ?? ['', 0];
    // "Usual" needs a clear majority host seen more than once; otherwise there is nothing to compare with.
    if (usualCount < 2 || (ranked[1]?.[1] ?? 0) === usualCount) return [];
    const usual = attempts.filter((attempt) => keyOf(attempt) === usualKey).at(-1)!;
    const last = attempts.at(-1);
    const drafts: FindingDraft<RuleId>[] = [];
    for (const attempt of attempts) {
      if (counts.get(keyOf(attempt)) !== 1) continue;
      const result = outcome(attempt);
      if (attempt !== last && !result.failed) continue;
      drafts.push({
        ruleId: 'events/unusual-host',
        args: {
          position: attempt === last ? 'last' : 'earlier',
          time: attempt.time,
          host: hostOf(attempt),
          outcome: result.outcome,
          code: result.code,
          usualCount,
          total: attempts.length,
          usualHost: hostOf(usual),
        },
        message: msg('events/unusual-host.message'),
        target: attempt.host!,
        evidence: [...eventEvidence(attempt), eventEvidence(usual)[0]!],
        remedy: [
          msg('events/unusual-host.remedy.find-source', {
            hostName: attempt.host!,
            command: 'slmgr.vbs /dlv',
            registryKey: 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform',
          }),
          msg('events/unusual-host.remedy.find-record', {
            command: 'nslookup -type=srv _vlmcs._tcp.<domain>',
            publicationCommand: `kmsdoctor publication --host ${hostOf(usual)} --expect-host ${usual.host}`,
          }),
          msg('events/unusual-host.remedy.remove', { command: 'slmgr.vbs /cdns', pinCommand: `slmgr.vbs /skms ${hostOf(usual)}` }),
        ],
      });
    }
    return drafts;
  },
};
