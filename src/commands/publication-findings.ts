import type { Locale } from '../catalog/catalogs.js';
import type { RuleId } from '../catalog/findings.js';
import type { PublicationFacts } from '../publication/model.js';
import { evaluate } from '../rules/index.js';
import type { Finding } from '../rules/types.js';

/** The `publication/*` findings of one check, most severe first (through the shared rule engine). */
export function publicationFindings(facts: PublicationFacts, locale?: Locale): Finding<RuleId>[] {
  return evaluate({ publication: facts }, locale).filter((finding) => finding.ruleId.startsWith('publication/'));
}
