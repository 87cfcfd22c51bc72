import { msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

/** Every host key (CSVLK) is activated on every host whose own word we have. */
export function licensedCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'host-licensed' as const };
  const hosts = (facts.host?.hosts ?? []).filter((h) => h.health !== null);
  const findings = findingIds(facts, ['host/not-licensed']);
  const probes = hosts.flatMap((h) => h.files);
  if (hosts.length === 0)
    return { ...base, state: 'not-run', detail: msg('readiness.host-licensed.not-run', { command: 'slmgr /dlv', option: '--host-snapshot' }), evidence: { findings, probes } };
  const unlicensed = hosts.filter((h) => h.health!.licensed === false);
  if (unlicensed.length > 0)
    return { ...base, state: 'fail', detail: msg('readiness.host-licensed.fail', { hosts: unlicensed.map((h) => h.name) }), evidence: { findings, probes } };
  const unknown = hosts.filter((h) => h.health!.licensed === null);
  if (unknown.length > 0) return { ...base, state: 'warn', detail: msg('readiness.host-licensed.warn', { hosts: unknown.map((h) => h.name) }), evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: msg('readiness.host-licensed.pass', { hosts: hosts.map((h) => h.name) }), evidence: { findings, probes } };
}
