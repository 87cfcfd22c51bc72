import type { Rule } from '../rule.js';

/** 8198: slui's own activation run failed; the `hr=` codes say why. */
export const activationFailuresLogged: Rule = {
  id: 'events/activation-failures-logged',
  check(facts) {
    const analysis = facts.client?.events;
    if (!analysis || analysis.failures.length === 0) return [];
    const newest = analysis.failures.at(-1)!;
    const codes = analysis.failureCodes;
    const lastSuccess = analysis.attempts.filter((attempt) => attempt.activated === true).at(-1);
    // Failures followed by a successful activation are history, not the current problem.
    const resolved = lastSuccess !== undefined && Date.parse(lastSuccess.time) > Date.parse(newest.time);
    return [{
      ruleId: 'events/activation-failures-logged',
      ...(resolved ? { severity: 'info' as const } : {}),
      message: `${analysis.failures.length} activation failure(s) logged (event 8198), the newest at ${newest.time}${codes.length ? ` with ${codes.join(', ')}` : ''}${resolved ? `; the client activated after that (${lastSuccess!.time})` : ''}`,
      evidence: analysis.failures.slice(-5).map((failure) => ({ kind: 'event' as const, ref: `event 8198 ${failure.event.recordId !== null ? `#${failure.event.recordId}` : failure.time}`, summary: `8198 at ${failure.time}: hr=${failure.hresult ?? 'unreadable'}` })),
      remedy: codes.length ? codes.map((code) => `kmsdoctor explain ${code}`) : ['Read the 8198 events: Get-WinEvent -FilterHashtable @{LogName=\'Application\'; ProviderName=\'Microsoft-Windows-Security-SPP\'; Id=8198} -MaxEvents 5'],
    }];
  },
};
