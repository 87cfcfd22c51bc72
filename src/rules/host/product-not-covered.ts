import { type Message, msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';
import { ACTIVATE, PIN_TO_HOST } from './commands.js';

/** The host key cannot serve a product: 0xC004F042 / 0xC004F015 in its log, or a target the key does not cover (§9.1). */
export const hostProductNotCovered: Rule = {
  id: 'host/product-not-covered',
  check(facts) {
    const out: FindingDraft<'host/product-not-covered'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const keys = host.coverage.map((c) => c.key).filter((k): k is string => k !== null);
      const hostArgs = { host: host.name, keys, keyCount: keys.length };
      for (const group of host.log?.notServed ?? []) {
        out.push({
          ruleId: 'host/product-not-covered',
          args: { ...hostArgs, count: group.count, product: group.product, code: group.hresult, lastSeen: group.lastSeen, clients: group.clients },
          message: msg('host/product-not-covered.message.refused'),
          target: host.name,
          evidence: [
            { kind: 'event', ref: `host.${host.name}.failures.${group.hresult}.${group.activationId ?? 'unknown'}`, summary: msg('host/product-not-covered.evidence.refused') },
          ],
          remedy: remedies(group.hresult),
        });
      }
      const target = facts.host?.targetProduct;
      if (target) {
        const verdicts = host.coverage.filter((c) => c.target !== null);
        if (verdicts.length > 0 && verdicts.every((c) => c.target!.covered === false)) {
          out.push({
            ruleId: 'host/product-not-covered',
            args: { ...hostArgs, product: verdicts[0]!.target!.product },
            message: msg('host/product-not-covered.message.target'),
            target: host.name,
            evidence: verdicts.map((c) => ({
              kind: 'setting' as const,
              ref: `host.${host.name}.key.${c.hostProduct}`,
              summary: msg('host/product-not-covered.evidence.key', {
                hostProduct: c.hostProduct,
                key: c.key,
                keySource: c.keySource,
                activates: c.activatesReason ?? c.activates,
                matrix: c.matrix || null,
              }),
            })),
            remedy: remedies('target'),
          });
        }
      }
    }
    return out;
  },
};

/** 0xC004F015 means a missing host update first; every refusal then has the same ways out. */
function remedies(hresult: string): Message[] {
  const common = [
    msg('host/product-not-covered.remedy.csvlk', { command: 'slmgr.vbs /ipk <CSVLK>', activateCommand: ACTIVATE }),
    msg('host/product-not-covered.remedy.update'),
    msg('host/product-not-covered.remedy.other-host', { command: PIN_TO_HOST }),
    msg('host/product-not-covered.remedy.check', { command: 'slmgr.vbs /dlv' }),
  ];
  return hresult === '0xC004F015' ? [msg('host/product-not-covered.remedy.license'), ...common] : common;
}
