import type { CheckResult, ReadinessCheckFn, ReadinessFacts } from '../model.js';
import { clockCheck } from './clock.js';
import { countCheck } from './count.js';
import { discoveryCheck } from './discovery.js';
import { firewallCheck } from './firewall.js';
import { keyCoverageCheck } from './key-coverage.js';
import { licensedCheck } from './licensed.js';
import { reachabilityCheck } from './reachability.js';
import { srvHygieneCheck } from './srv-hygiene.js';

/** In reading order. */
export const READINESS_CHECKS: readonly ReadinessCheckFn[] = [
  discoveryCheck,
  reachabilityCheck,
  licensedCheck,
  countCheck,
  keyCoverageCheck,
  clockCheck,
  firewallCheck,
  srvHygieneCheck,
];

export function runReadinessChecks(facts: ReadinessFacts): CheckResult[] {
  return READINESS_CHECKS.map((check) => check(facts));
}
