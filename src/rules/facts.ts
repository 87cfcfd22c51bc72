import type { ConnectivityFacts } from '../engine/model.js';

/**
 * Everything rules may look at. Each part is optional: a rule whose facts are absent
 * returns nothing, so the same catalog serves live checks and offline analysis.
 */
export interface Facts {
  connectivity?: ConnectivityFacts;
}
