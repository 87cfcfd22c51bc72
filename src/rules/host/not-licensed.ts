import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { SLMGR } from './commands.js';

/** A host key that is not activated serves nobody (0xC004F041 on clients, kms-facts.md §5.1). */
export const hostNotLicensed: Rule = {
  id: 'host/not-licensed',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) =>
      (host.health?.products ?? [])
        .filter((p) => p.licensed === false)
        .map((p) => ({
          ruleId: 'host/not-licensed' as const,
          // The catalog names the license state from its number (slmgr's LicenseStatus).
          args: { host: host.name, product: p.name, description: p.description, status: p.licenseStatus },
          message: msg('host/not-licensed.message'),
          target: host.name,
          evidence: [{ kind: 'setting' as const, ref: `host.${host.name}.product.${p.id}.licenseStatus`, summary: msg('host/not-licensed.evidence') }],
          remedy: [
            msg('host/not-licensed.remedy.activate', { command: `${SLMGR} /ato ${p.id}` }),
            msg('host/not-licensed.remedy.by-phone', { command: `slmgr.vbs /dti ${p.id}`, sluiCommand: 'slui 4', confirmCommand: `slmgr.vbs /atp <confirmation id> ${p.id}` }),
            msg('host/not-licensed.remedy.check', { command: 'slmgr.vbs /dlv all' }),
          ],
        })),
    );
  },
};
