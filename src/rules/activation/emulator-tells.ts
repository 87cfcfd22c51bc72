import type { Rule } from '../rule.js';
import { activationEvidence, activationTarget } from './select.js';

/** Observations genuine hosts are not known to produce. Information, never a verdict either way. */
export const emulatorTells: Rule = {
  id: 'activation/emulator-tells',
  check(facts) {
    const section = facts.activation;
    if (!section || section.emulatorTells.length === 0) return [];
    const count = section.emulatorTells.length;
    return [{
      ruleId: 'activation/emulator-tells',
      message: `${activationTarget(section)} shows ${count} detail${count === 1 ? '' : 's'} that genuine Windows KMS hosts are not known to produce (${[...new Set(section.emulatorTells.map((tell) => tell.id))].join(', ')}); this suggests an emulator but proves nothing, and no tell-free answer proves a host genuine`,
      target: section.target.host,
      evidence: section.emulatorTells.map((tell) => activationEvidence(section, `${tell.id}: ${tell.detail}`)),
      remedy: [
        'Compare the host name and address with your inventory of KMS hosts',
        'On a Windows host you run, compare the ePID with the one it reports itself: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv ("KMS machine extended PID")',
        'If the host is not yours, remove it from DNS (_vlmcs._tcp) and from clients pinned to it (slmgr.vbs /ckms)',
      ],
    }];
  },
};
