import type { Rule } from '../rule.js';
import { fleetClockSkew } from './clock-skew.js';
import { fleetCountSplit } from './count-split.js';
import { fleetDomainWithoutSrv } from './domain-without-srv.js';
import { fleetDuplicateCmid } from './duplicate-cmid.js';
import { fleetHostNotPublished } from './host-not-published.js';
import { fleetHostUnreachable } from './host-unreachable.js';
import { fleetProductsNotActivated } from './products-not-activated.js';
import { fleetRenewalsFailing } from './renewals-failing.js';
import { fleetThresholdNotReached } from './threshold-not-reached.js';
import { fleetUnreadableSnapshots } from './unreadable-snapshots.js';

/** The fleet's rules in reading order: the count first (clones, thresholds, split), then where clients go, then their state. */
export const FLEET_RULES: readonly Rule[] = [
  fleetDuplicateCmid,
  fleetThresholdNotReached,
  fleetCountSplit,
  fleetHostNotPublished,
  fleetHostUnreachable,
  fleetDomainWithoutSrv,
  fleetProductsNotActivated,
  fleetRenewalsFailing,
  fleetClockSkew,
  fleetUnreadableSnapshots,
];
