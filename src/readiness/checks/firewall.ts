import { msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';

/** The host's inbound firewall rule for KMS, by its Windows name. */
const KMS_RULE = 'SPPSVC-In-TCP';

/** The host's inbound rule SPPSVC-In-TCP is enabled (host snapshot `firewall`; not-run when no snapshot has it). */
export function firewallCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'firewall' as const };
  const known = facts.hostSnapshots.filter((h) => h.firewall !== undefined);
  const probes = known.map((h) => `${h.file}#firewall`);
  if (known.length === 0) return { ...base, state: 'not-run', detail: msg('readiness.firewall.not-run', { command: 'kmsdoctor collect' }), evidence: { findings: [], probes } };
  const disabled = known.filter((h) => h.firewall?.kmsRuleEnabled === false);
  if (disabled.length > 0)
    return { ...base, state: 'fail', detail: msg('readiness.firewall.fail', { rule: KMS_RULE, hosts: disabled.map((h) => h.name) }), evidence: { findings: [], probes } };
  const unknown = known.filter((h) => h.firewall === null || h.firewall?.kmsRuleEnabled == null);
  if (unknown.length > 0)
    return { ...base, state: 'warn', detail: msg('readiness.firewall.warn', { rule: KMS_RULE, hosts: unknown.map((h) => h.name) }), evidence: { findings: [], probes } };
  // Each host with the firewall profiles the rule applies to, as "host (Domain, Private)".
  const profiles = known.map((h) => `${h.name}${h.firewall!.kmsRuleProfiles.length ? ` (${h.firewall!.kmsRuleProfiles.join(', ')})` : ''}`);
  return { ...base, state: 'pass', detail: msg('readiness.firewall.pass', { hosts: profiles }), evidence: { findings: [], probes } };
}
