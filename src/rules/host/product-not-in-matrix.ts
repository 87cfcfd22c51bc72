import { msg } from '../../catalog/message.js';
import { PLANNING_MATRIX_SOURCE } from '../../kms/planning-matrix.js';
import type { Rule } from '../rule.js';
import { ACTIVATE } from './commands.js';

/**
 * The target product is not one Microsoft's planning matrix lists for the host's key, although
 * the KMS protocol would still activate it (same KMS group: Windows 11 on a Windows Server 2019
 * key) — or the matrix lists it while the KMS groups say the key is older than the product. Both
 * views are said, as a warning: never an error (the host does not refuse), never silence
 * (Microsoft does not document the pair).
 */
export const hostProductNotInMatrix: Rule = {
  id: 'host/product-not-in-matrix',
  check(facts) {
    const target = facts.host?.targetProduct;
    if (!target) return [];
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const rows = host.coverage.filter((c) => c.target !== null);
      // A key the matrix lists for the target settles it; a key that refuses it is host/product-not-covered's.
      if (rows.length === 0 || rows.some((c) => c.target!.listed === true && c.target!.covered === true)) return [];
      const unlisted = rows.filter((c) => c.target!.listed === false && c.target!.covered === true);
      const disputed = rows.filter((c) => c.target!.listed === true && c.target!.covered === null);
      const row = unlisted[0] ?? disputed[0];
      if (!row) return [];
      return [
        {
          ruleId: 'host/product-not-in-matrix' as const,
          args: { host: host.name, product: row.target!.product, key: row.key },
          message: msg(unlisted.length > 0 ? 'host/product-not-in-matrix.message.unlisted' : 'host/product-not-in-matrix.message.disputed'),
          target: host.name,
          evidence: [...unlisted, ...disputed].map((c) => ({
            kind: 'setting' as const,
            ref: `host.${host.name}.key.${c.hostProduct}`,
            summary: msg('host/product-not-in-matrix.evidence', {
              hostProduct: c.hostProduct,
              key: c.key,
              keySource: c.keySource,
              matrix: c.matrix || null,
              listed: c.target!.listed,
              product: c.target!.product,
              protocol: c.target!.protocol,
            }),
          })),
          remedy: [
            msg('host/product-not-in-matrix.remedy.csvlk', {
              sourceTitle: PLANNING_MATRIX_SOURCE.title,
              sourceDate: PLANNING_MATRIX_SOURCE.date,
              sourceUrl: PLANNING_MATRIX_SOURCE.url,
              command: 'slmgr.vbs /ipk <CSVLK>',
              activateCommand: ACTIVATE,
            }),
            msg('host/product-not-in-matrix.remedy.updates'),
            msg('host/product-not-in-matrix.remedy.confirm', { command: ACTIVATE, analyzeCommand: 'kmsdoctor analyze <host-12290-export>' }),
          ],
        },
      ];
    });
  },
};
