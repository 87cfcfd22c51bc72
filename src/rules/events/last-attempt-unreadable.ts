import { msg } from '../../catalog/message.js';
import { lastAttemptRule } from './last-attempt-rule.js';

/**
 * The newest 12288 was answered by a 12289, but neither result code could be read (the export
 * lost the values, or they do not have the documented shape). Without it nothing says whether
 * activation works, and a report that cannot tell must not pass.
 */
export const lastAttemptUnreadable = lastAttemptRule('events/last-attempt-unreadable', (attempt) => {
  if (!attempt.answered || attempt.responseHresult !== null || attempt.requestHresult !== null) return null;
  return {
    // noValues: the export carries no property values at all; otherwise they are there but misshapen.
    args: { reason: attempt.request.data.length === 0 && attempt.response?.data.length === 0 ? 'noValues' : 'badShape' },
    message: msg('events/last-attempt-unreadable.message'),
    remedy: [
      msg('events/last-attempt-unreadable.remedy.export', {
        command:
          "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12288,12289,8198} | ConvertTo-Json -Depth 3 > events.json",
      }),
      msg('events/last-attempt-unreadable.remedy.snapshot', { command: 'kmsdoctor collect --out client.json', analyzeCommand: 'kmsdoctor analyze client.json' }),
    ],
  };
});
