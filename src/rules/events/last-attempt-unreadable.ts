import type { Rule } from '../rule.js';
import { eventEvidence, hostOf, lastAttempt } from './select.js';

/**
 * The newest 12288 was answered by a 12289, but neither result code could be read (the export
 * lost the values, or they do not have the documented shape). Without it nothing says whether
 * activation works, and a report that cannot tell must not pass.
 */
export const lastAttemptUnreadable: Rule = {
  id: 'events/last-attempt-unreadable',
  check(facts) {
    const attempt = lastAttempt(facts.client?.events.attempts ?? [], facts.client?.snapshot.computer.name);
    if (!attempt || !attempt.answered || attempt.responseHresult !== null || attempt.requestHresult !== null) return [];
    const reason = attempt.request.data.length === 0 && attempt.response?.data.length === 0
      ? 'the export carries no event property values and no Message they could be read from'
      : 'their values do not have the documented shape (kms-facts §4.3–4.4)';
    return [{
      ruleId: 'events/last-attempt-unreadable',
      message: `The client's last activation attempt (${attempt.time}, host ${hostOf(attempt)}) was answered, but the result codes of its 12288 and 12289 are unknown: ${reason}`,
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [
        "Export the events with their values: Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12288,12289,8198} | ConvertTo-Json -Depth 3 > events.json",
        'Or collect a snapshot on the client: kmsdoctor collect --out client.json, then kmsdoctor analyze client.json',
      ],
    }];
  },
};
