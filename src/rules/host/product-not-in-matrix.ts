import { PLANNING_MATRIX_SOURCE } from '../../kms/planning-matrix.js';
import type { Rule } from '../rule.js';

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
      const source = `${PLANNING_MATRIX_SOURCE.title} (${PLANNING_MATRIX_SOURCE.date})`;
      const message = unlisted.length > 0
        ? `KMS host ${host.name}: Microsoft's planning matrix does not list ${row.target!.product} for the ${row.key} key, although the KMS protocol would still activate it (the same KMS group as the editions the key serves) — it works, but Microsoft does not document the pair`
        : `KMS host ${host.name}: the planning matrix lists ${row.target!.product} for the ${row.key} key, but the product's KMS group is newer than the key's groups — whether the host activates it cannot be told from here`;
      return [{
        ruleId: 'host/product-not-in-matrix' as const,
        message,
        target: host.name,
        evidence: [...unlisted, ...disputed].map((c) => ({ kind: 'setting' as const, ref: `host.${host.name}.key.${c.hostProduct}`, summary: `${c.hostProduct}: ${c.key} (from ${c.keySource}); matrix row ${c.matrix ? `"${c.matrix}"` : 'none'} ${c.target!.listed ? 'lists' : 'does not list'} ${c.target!.product}; KMS group: ${c.target!.protocol === null ? 'cannot tell' : c.target!.protocol ? 'activates' : 'refuses'}` })),
        remedy: [
          `Install the CSVLK the matrix lists for ${row.target!.product} (${source}, ${PLANNING_MATRIX_SOURCE.url}): slmgr.vbs /ipk <CSVLK>, then slmgr.vbs /ato`,
          'Install the host updates the page\'s "KMS host required updates" table names for the host OS (see host/required-update-not-shown)',
          `Or confirm on one client: slmgr.vbs /ato, then the host's 12290 for it shows 0x0 (kmsdoctor analyze <host-12290-export>)`,
        ],
      }];
    });
  },
};
