import type { Rule } from '../rule.js';

const STATUS_WORDS = ['Unlicensed', 'Licensed', 'Initial grace period', 'Additional grace period', 'Non-genuine grace period', 'Notification', 'Extended grace period'];

/** A host key that is not activated serves nobody (0xC004F041 on clients, kms-facts.md §5.1). */
export const hostNotLicensed: Rule = {
  id: 'host/not-licensed',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) =>
      (host.health?.products ?? []).filter((p) => p.licensed === false).map((p) => {
        const status = STATUS_WORDS[p.licenseStatus ?? -1] ?? `status ${p.licenseStatus}`;
        return {
          ruleId: 'host/not-licensed' as const,
          message: `KMS host ${host.name}: its host key for ${p.name} is not activated (${status}); clients asking it get 0xC004F041`,
          target: host.name,
          evidence: [{ kind: 'setting' as const, ref: `host.${host.name}.product.${p.id}.licenseStatus`, summary: `${p.name} (${p.description}): LicenseStatus = ${p.licenseStatus} (${status})` }],
          remedy: [
            `On ${host.name}, activate the host key online: cscript //nologo %windir%\\System32\\slmgr.vbs /ato ${p.id}`,
            `Without internet access, by phone: slmgr.vbs /dti ${p.id}, call the number slui 4 shows, then slmgr.vbs /atp <confirmation id> ${p.id}`,
            'Check: slmgr.vbs /dlv all — "License Status: Licensed" and "Key Management Service is enabled on this machine"',
          ],
        };
      }),
    );
  },
};
