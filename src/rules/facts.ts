import type { ConnectivityFacts } from '../engine/model.js';
import type { DiscoveryPlan } from '../client/discovery-plan.js';
import type { Snapshot } from '../snapshot/model.js';
import type { EventAnalysis } from '../events/attempts.js';
import type { ActivationSection } from '../engine/activation.js';
import type { PublicationFacts } from '../publication/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { FleetFacts } from '../fleet/model.js';

/** What is known about the client itself: its own word (snapshot) and the prediction made from it. */
export interface ClientFacts {
  snapshot: Snapshot;
  plan: DiscoveryPlan;
  /** What the client's events say it did: attempts paired 12288/12289, 8198 failures. */
  events: EventAnalysis;
  /** The KMS host's clock in UTC when known (a host snapshot), for the 4-hour skew rule. */
  hostClockUtc?: string | null;
}

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
