import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import { CLEAR_KMS_HOST, listenerCommand } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { activationEvidence, observationEvidence, requestArgs } from './select.js';

/** The answer failed §4.6 validation: damaged, tampered, or not from a working KMS implementation. */
export const responseInvalid: Rule = {
  id: 'activation/response-invalid',
  check(facts) {
    const section = facts.activation;
    if (section?.probe?.status !== 'invalid-response') return [];
    const failed = (section.response?.checks ?? []).filter((check) => check.outcome === 'fail');
    const reason = errorCause(section.probe.error);
    return [
      {
        ruleId: 'activation/response-invalid',
        args: {
          ...requestArgs(section),
          // The ids of the failed checks (null: the catalog says "unknown check"; the probe's reason shows in the evidence).
          failure: failed.length > 0 ? failed.map((check) => check.id) : null,
        },
        message: msg('activation/response-invalid.message', { failure: failed.length > 0 ? failed.map((check) => check.id) : reason }),
        target: section.target.host,
        evidence:
          failed.length > 0 ? failed.map((check) => observationEvidence(section, check)) : [activationEvidence(section, msg('activation/response-invalid.evidence', { reason }))],
        remedy: [
          msg('activation/response-invalid.remedy.repeat'),
          msg('activation/response-invalid.remedy.listener', { command: listenerCommand('<port>') }),
          msg('activation/response-invalid.remedy.take-out', { command: CLEAR_KMS_HOST }),
        ],
      },
    ];
  },
};
