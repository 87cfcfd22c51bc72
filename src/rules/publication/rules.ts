import type { RuleId } from '../catalog.js';
import type { Rule } from '../rule.js';
import { publicationDrafts } from '../../publication/findings.js';

/** One rule per `publication/*` id; each keeps its own findings of the `kmsdoctor publication` check (src/publication). */
function publicationRule(id: RuleId & `publication/${string}`): Rule {
  return { id, check: (facts) => (facts.publication ? publicationDrafts(facts.publication).filter((draft) => draft.ruleId === id) : []) };
}

export const PUBLICATION_RULES: readonly Rule[] = [
  publicationRule('publication/publishing-disabled'),
  publicationRule('publication/record-missing'),
  publicationRule('publication/publishing-failed'),
  publicationRule('publication/missing-on-some-servers'),
  publicationRule('publication/server-unanswered'),
  publicationRule('publication/port-mismatch'),
  publicationRule('publication/target-mismatch'),
  publicationRule('publication/ttl-disagree'),
  publicationRule('publication/stale-host'),
  publicationRule('publication/rogue-host'),
];
