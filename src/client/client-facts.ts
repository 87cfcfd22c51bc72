import type { EventAnalysis } from '../events/attempts.js';
import type { Snapshot } from '../snapshot/model.js';
import type { DiscoveryPlan } from './discovery-plan.js';

/** What is known about the client itself: its own word (snapshot) and the prediction made from it. */
export interface ClientFacts {
  snapshot: Snapshot;
  plan: DiscoveryPlan;
  /** What the client's events say it did: attempts paired 12288/12289, 8198 failures. */
  events: EventAnalysis;
  /** The KMS host's clock in UTC when known (a host snapshot), for the 4-hour skew rule. */
  hostClockUtc?: string | null;
}
