import type { Rule } from '../rule.js';
import { explainStep, isKmsFailureCode } from './select.js';

/**
 * 8198: slui's own activation run failed; the `hr=` codes say why. When the newest failure is
 * not followed by a successful activation it is where the client stands now: a code that
 * matters for KMS makes it an error (a warning would let the report pass while activation
 * fails, e.g. 0x8007232B when no host is found at all and no 12288 is ever logged).
 */
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
    const current = !resolved && isKmsFailureCode(newest.hresult);
    const unknownCode = !resolved && newest.hresult !== null && !current ? ` (${newest.hresult} is not in kmsdoctor's code catalog: slui.exe 0x2a ${newest.hresult} shows Windows' own text)` : '';
    return [{
      ruleId: 'events/activation-failures-logged',
      ...(resolved ? { severity: 'info' as const } : current ? { severity: 'error' as const } : {}),
      message: `${analysis.failures.length} activation failure(s) logged (event 8198), the newest at ${newest.time}${codes.length ? ` with ${codes.join(', ')}` : ''}${resolved ? `; the client activated after that (${lastSuccess!.time})` : current ? `; no successful activation followed, so ${newest.hresult} is where activation stands` : unknownCode}`,
      evidence: analysis.failures.slice(-5).map((failure) => ({ kind: 'event' as const, ref: `event 8198 ${failure.event.recordId !== null ? `#${failure.event.recordId}` : failure.time}`, summary: `8198 at ${failure.time}: hr=${failure.hresult ?? 'unreadable'}` })),
      remedy: codes.length
        ? [...(current ? [explainStep(newest.hresult!)] : []), ...codes.filter((code) => !current || code !== newest.hresult).map((code) => `kmsdoctor explain ${code}`)]
        : ['Read the 8198 events: Get-WinEvent -FilterHashtable @{LogName=\'Application\'; ProviderName=\'Microsoft-Windows-Security-SPP\'; Id=8198} -MaxEvents 5'],
    }];
  },
};
