import type { ClientFacts } from '../client/client-facts.js';
import type { ActivationSection } from '../engine/activation.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { FleetFacts } from '../fleet/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { PublicationFacts } from '../publication/model.js';

export type { ClientFacts } from '../client/client-facts.js';

/**
 * Everything rules may look at. Each part is optional: a rule whose facts are absent
 * returns nothing, so the same catalog serves live checks and offline analysis.
 */
export interface Facts {
  connectivity?: ConnectivityFacts;
  client?: ClientFacts;
  /** The one opt-in activation request (activate-probe, connectivity --activation-request). */
  activation?: ActivationSection;
  /** KMS hosts analysed offline: their snapshots or /dlv text and 12290 logs (src/host). */
  host?: HostFacts;
  /** `kmsdoctor publication`: a KMS host's SRV records on every server of every intended domain (src/publication). */
  publication?: PublicationFacts;
  /** `kmsdoctor fleet`: many client and host snapshots compared (src/fleet). */
  fleet?: FleetFacts;
}
