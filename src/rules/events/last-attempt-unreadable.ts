import { msg } from '../../catalog/message.js';
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
    if (!attempt?.answered || attempt.responseHresult !== null || attempt.requestHresult !== null) return [];
    // noValues: the export carries no property values at all; otherwise they are there but misshapen.
    const reason = attempt.request.data.length === 0 && attempt.response?.data.length === 0 ? 'noValues' : 'badShape';
    return [{
      ruleId: 'events/last-attempt-unreadable',
      args: { time: attempt.time, host: hostOf(attempt), reason },
      message: msg('events/last-attempt-unreadable.message'),
      target: attempt.host ?? undefined,
      evidence: eventEvidence(attempt),
      remedy: [
        msg('events/last-attempt-unreadable.remedy.export', {
          command: "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12288,12289,8198} | ConvertTo-Json -Depth 3 > events.json",
        }),
        msg('events/last-attempt-unreadable.remedy.snapshot', { command: 'kmsdoctor collect --out client.json', analyzeCommand: 'kmsdoctor analyze client.json' }),
      ],
    }];
  },
};
