import { msg } from '../../catalog/message.js';
import { CLEAR_KMS_HOST, SHOW_LICENSE_SCRIPT } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { observationEvidence, requestArgs } from './select.js';

/** Observations genuine hosts are not known to produce. Information, never a verdict either way. */
export const emulatorTells: Rule = {
  id: 'activation/emulator-tells',
  check(facts) {
    const section = facts.activation;
    if (!section || section.emulatorTells.length === 0) return [];
    return [
      {
        ruleId: 'activation/emulator-tells',
        args: { ...requestArgs(section), count: section.emulatorTells.length, tells: [...new Set(section.emulatorTells.map((tell) => tell.id))] },
        message: msg('activation/emulator-tells.message'),
        target: section.target.host,
        evidence: section.emulatorTells.map((tell) => observationEvidence(section, tell)),
        remedy: [
          msg('activation/emulator-tells.remedy.inventory'),
          msg('activation/emulator-tells.remedy.compare-epid', { command: SHOW_LICENSE_SCRIPT }),
          msg('activation/emulator-tells.remedy.not-yours', { command: CLEAR_KMS_HOST }),
        ],
      },
    ];
  },
};
