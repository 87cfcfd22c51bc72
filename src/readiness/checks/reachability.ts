import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { sameHost } from '../model.js';

const RELATED = ['tcp/kms-port-filtered', 'tcp/kms-port-closed', 'tcp/host-unreachable', 'rpc/not-kms-endpoint', 'rpc/no-reply', 'rpc/reply-incomplete', 'kms/no-usable-host', 'run/deadline-reached'];

/** Every intended host (else every discovered one) answers on its SRV port and takes the KMS RPC bind. */
export function reachabilityCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'reachability', title: 'Every host reachable on its SRV port and the KMS RPC endpoint answers' };
  const all = facts.connectivity?.targets ?? [];
  const subjects = facts.expectHosts.length > 0 ? all.filter((t) => facts.expectHosts.some((h) => sameHost(h, t.name))) : all.filter((t) => t.source === 'srv');
  if (subjects.length === 0) return { ...base, state: 'not-run', detail: facts.expectHosts.length > 0 ? 'None of the intended hosts was probed.' : 'No host was discovered or named, so nothing was probed.', evidence: { findings: [], probes: [] } };
  const probes = [...new Set(subjects.flatMap((t) => [t.resolution.id, ...t.endpoints.flatMap((e) => [e.activation?.id, e.rpc?.id].filter((id): id is string => id !== undefined))]))];
  const names = new Set(subjects.map((t) => t.name.toLowerCase()));
  const findings = [...new Set(facts.findings.filter((f) => RELATED.includes(f.ruleId) && (f.target === undefined || names.has(f.target.toLowerCase()))).map((f) => f.ruleId))];
  const byHost = new Map<string, string>();
  for (const t of subjects) {
    const key = `${t.name}:${t.port}`;
    if (byHost.get(key) !== 'ready') byHost.set(key, t.verdict);
  }
  const bad = [...byHost].filter(([, verdict]) => verdict !== 'ready');
  if (bad.length > 0) return { ...base, state: 'fail', detail: `Not ready: ${bad.map(([host, verdict]) => `${host} (${verdict})`).join(', ')}.`, evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: `${[...byHost.keys()].join(', ')} ${byHost.size === 1 ? 'accepts' : 'accept'} the KMS RPC bind.`, evidence: { findings, probes } };
}
