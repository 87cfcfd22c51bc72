import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/** The host key cannot serve a product: 0xC004F042 / 0xC004F015 in its log, or a target the key does not cover (§9.1). */
export const hostProductNotCovered: Rule = {
  id: 'host/product-not-covered',
  check(facts) {
    const out: FindingDraft<'host/product-not-covered'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const keys = host.coverage.map((c) => c.key).filter((k): k is string => k !== null);
      const keyText = keys.length > 0 ? ` (host key: ${keys.join(', ')})` : '';
      for (const group of host.log?.notServed ?? []) {
        out.push({
          ruleId: 'host/product-not-covered',
          message: `KMS host ${host.name} refused ${group.count} request(s) for ${group.product} with ${group.hresult}: its host key cannot activate that product${keyText}`,
          target: host.name,
          evidence: [{ kind: 'event', ref: `host.${host.name}.failures.${group.hresult}.${group.activationId ?? 'unknown'}`, summary: `12290 ${group.hresult} × ${group.count}, last ${group.lastSeen}, from ${group.clients.join(', ')}` }],
          remedy: remedies(group.hresult),
        });
      }
      const target = facts.host?.targetProduct;
      if (target) {
        const verdicts = host.coverage.filter((c) => c.target !== null);
        if (verdicts.length > 0 && verdicts.every((c) => c.target!.covered === false)) {
          out.push({
            ruleId: 'host/product-not-covered',
            message: `KMS host ${host.name} cannot activate ${verdicts[0]!.target!.product}${keyText}: the planning matrix does not list it for this key and its KMS group is not one the key serves, so those clients get 0xC004F042`,
            target: host.name,
            evidence: verdicts.map((c) => ({ kind: 'setting' as const, ref: `host.${host.name}.key.${c.hostProduct}`, summary: `${c.hostProduct}: ${c.key ?? 'unknown key'} (from ${c.keySource ?? 'nothing'}) activates ${c.activates ?? '?'}${c.matrix ? ` (matrix row "${c.matrix}")` : ''}` })),
            remedy: remedies('target'),
          });
        }
      }
    }
    return out;
  },
};

function remedies(hresult: string): string[] {
  const common = [
    'Install a host key (CSVLK) that covers the product — the newest Windows Server CSVLK activates every older Windows edition: slmgr.vbs /ipk <CSVLK>, then slmgr.vbs /ato',
    'On an older host OS, install the update it needs to serve newer clients first (e.g. KB5034768 on Windows Server 2019 for 2025 clients; KB3172614 on 2012 R2 for Windows 10)',
    'Or point those clients at a host that serves them: slmgr.vbs /skms <host>:1688 (Office: a host with the Office Volume License Pack)',
    'Check: the host\'s "Failed requests received" (slmgr.vbs /dlv) stops rising, and its 12290 events show 0x0 for those clients',
  ];
  return hresult === '0xC004F015' ? ['0xC004F015: the host lacks the license for this client: install the host update (KB3172614 for 2012 R2/8.1, KB3079821 for 2008 R2/7) and a CSVLK that covers it', ...common] : common;
}
