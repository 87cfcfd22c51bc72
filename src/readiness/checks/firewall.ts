import type { ReadinessCheck, ReadinessFacts } from '../model.js';

/** The host's inbound rule SPPSVC-In-TCP is enabled (host snapshot `firewall`; not-run when no snapshot has it). */
export function firewallCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'firewall', title: 'Host inbound firewall rule SPPSVC-In-TCP enabled' };
  const known = facts.hostSnapshots.filter((h) => h.firewall !== undefined);
  const probes = known.map((h) => `${h.file}#firewall`);
  if (known.length === 0) return { ...base, state: 'not-run', detail: 'No host snapshot reports its firewall (collect it with a newer kmsdoctor collect).', evidence: { findings: [], probes } };
  const disabled = known.filter((h) => h.firewall?.kmsRuleEnabled === false);
  if (disabled.length > 0) return { ...base, state: 'fail', detail: `SPPSVC-In-TCP is disabled on ${disabled.map((h) => h.name).join(', ')}.`, evidence: { findings: [], probes } };
  const unknown = known.filter((h) => h.firewall === null || h.firewall?.kmsRuleEnabled == null);
  if (unknown.length > 0) return { ...base, state: 'warn', detail: `SPPSVC-In-TCP state unknown on ${unknown.map((h) => h.name).join(', ')}.`, evidence: { findings: [], probes } };
  const profiles = known.map((h) => `${h.name}${h.firewall!.kmsRuleProfiles.length ? ` (${h.firewall!.kmsRuleProfiles.join(', ')})` : ''}`);
  return { ...base, state: 'pass', detail: `Enabled on ${profiles.join(', ')}.`, evidence: { findings: [], probes } };
}
