import type { ActivationAttempt } from '../../events/attempts.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import type { RuleId } from '../catalog.js';
import { eventEvidence, hostOf, ownAttempts, SUCCESS } from './select.js';

const keyOf = (attempt: ActivationAttempt) => `${attempt.host!.toLowerCase().replace(/\.$/, '')}:${attempt.port ?? ''}`;

function outcome(attempt: ActivationAttempt): { failed: boolean; text: string } {
  if (!attempt.answered) return { failed: true, text: `got no answer${attempt.requestHresult && attempt.requestHresult !== SUCCESS ? ` (${attempt.requestHresult})` : ''}` };
  const code = [attempt.responseHresult, attempt.requestHresult].find((hresult) => hresult !== null && hresult !== SUCCESS);
  if (code) return { failed: true, text: `failed with ${code}` };
  return { failed: false, text: attempt.responseHresult === null ? 'was answered (result unreadable)' : 'succeeded' };
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
        message: `${attempt === last ? 'The last' : 'An'} activation attempt (${attempt.time}) went to ${hostOf(attempt)}, a host this client tried only once, and ${result.text}; ${usualCount} of its ${attempts.length} requests went to ${hostOf(usual)}`,
        target: attempt.host!,
        evidence: [...eventEvidence(attempt), eventEvidence(usual)[0]!],
        remedy: [
          `Find where the client got ${attempt.host}: slmgr.vbs /dlv ("KMS machine name from DNS" or "Registered KMS machine name"), and the KeyManagementServiceName value under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform`,
          `Look for it in DNS: nslookup -type=srv _vlmcs._tcp.<domain>; kmsdoctor publication --host ${hostOf(usual)} --expect-host ${usual.host} tells stale and rogue records apart`,
          `Remove the record (or stop that host publishing: slmgr.vbs /cdns on it); meanwhile the client can be pinned: slmgr.vbs /skms ${hostOf(usual)}`,
        ],
      });
    }
    return drafts;
  },
};
