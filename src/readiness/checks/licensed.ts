import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

/** Every host key (CSVLK) is activated on every host whose own word we have. */
export function licensedCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'host-licensed', title: 'KMS hosts licensed (host key activated)' };
  const hosts = (facts.host?.hosts ?? []).filter((h) => h.health !== null);
  const findings = findingIds(facts, ['host/not-licensed']);
  const probes = hosts.flatMap((h) => h.files);
  if (hosts.length === 0) return { ...base, state: 'not-run', detail: 'No host snapshot or host slmgr /dlv text was given (--host-snapshot).', evidence: { findings, probes } };
  const unlicensed = hosts.filter((h) => h.health!.licensed === false);
  if (unlicensed.length > 0) return { ...base, state: 'fail', detail: `Host key not activated on ${unlicensed.map((h) => h.name).join(', ')}.`, evidence: { findings, probes } };
  const unknown = hosts.filter((h) => h.health!.licensed === null);
  if (unknown.length > 0) return { ...base, state: 'warn', detail: `License state unknown for ${unknown.map((h) => h.name).join(', ')}.`, evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: `Licensed: ${hosts.map((h) => h.name).join(', ')}.`, evidence: { findings, probes } };
}
