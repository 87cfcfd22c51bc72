import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { eventRef, explainCommand, explainStep, isKmsFailureCode } from './select.js';

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
    // A code kmsdoctor has no page for: the message points at Windows' own text for it.
    const state = resolved ? 'resolved' : current ? 'current' : newest.hresult !== null ? 'unknownCode' : 'none';
    return [
      {
        ruleId: 'events/activation-failures-logged',
        ...(resolved ? { severity: 'info' as const } : current ? { severity: 'error' as const } : {}),
        args: {
          count: analysis.failures.length,
          time: newest.time,
          codes,
          codeCount: codes.length,
          state,
          code: newest.hresult,
          activatedAt: lastSuccess?.time ?? null,
          sluiCommand: newest.hresult !== null ? `slui.exe 0x2a ${newest.hresult}` : null,
        },
        message: msg('events/activation-failures-logged.message'),
        evidence: analysis.failures.slice(-5).map((failure) => ({
          kind: 'event' as const,
          ref: eventRef(8198, failure.event.recordId, failure.time),
          summary: msg('events/activation-failures-logged.evidence', { time: failure.time, code: failure.hresult }),
        })),
        remedy: codes.length
          ? [
              ...(current ? [explainStep(newest.hresult!)] : []),
              ...codes
                .filter((code) => !current || code !== newest.hresult)
                .map((code) => msg('events/activation-failures-logged.remedy.explain', { command: explainCommand(code) })),
            ]
          : [
              msg('events/activation-failures-logged.remedy.read-events', {
                command: "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=8198} -MaxEvents 5",
              }),
            ],
      },
    ];
  },
};
