import type { RuleId } from '../../catalog/findings.js';
import { msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { sameHost } from '../model.js';

const RELATED: readonly RuleId[] = [
  'tcp/kms-port-filtered',
  'tcp/kms-port-closed',
  'tcp/host-unreachable',
  'rpc/not-kms-endpoint',
  'rpc/no-reply',
  'rpc/reply-incomplete',
  'kms/no-usable-host',
  'run/deadline-reached',
];

/** Every intended host (else every discovered one) answers on its SRV port and takes the KMS RPC bind. */
export function reachabilityCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'reachability' as const };
  const all = facts.connectivity?.targets ?? [];
  const subjects = facts.expectHosts.length > 0 ? all.filter((t) => facts.expectHosts.some((h) => sameHost(h, t.name))) : all.filter((t) => t.source === 'srv');
  if (subjects.length === 0) {
    return {
      ...base,
      state: 'not-run',
      detail: msg(facts.expectHosts.length > 0 ? 'readiness.reachability.not-run.intended' : 'readiness.reachability.not-run.none'),
      evidence: { findings: [], probes: [] },
    };
  }
  const probes = [
    ...new Set(subjects.flatMap((t) => [t.resolution.id, ...t.endpoints.flatMap((e) => [e.activation?.id, e.rpc?.id].filter((id): id is string => id !== undefined))])),
  ];
  const names = new Set(subjects.map((t) => t.name.toLowerCase()));
  const findings = [
    ...new Set(
      facts.findings
        .filter((f) => (RELATED as readonly string[]).includes(f.ruleId) && (f.target === undefined || names.has(f.target.toLowerCase())))
        .map((f) => f.ruleId as RuleId),
    ),
  ];
  const byHost = new Map<string, string>();
  for (const t of subjects) {
    const key = `${t.name}:${t.port}`;
    if (byHost.get(key) !== 'ready') byHost.set(key, t.verdict);
  }
  const bad = [...byHost].filter(([, verdict]) => verdict !== 'ready');
  // Each host with its verdict, as "host:port (verdict)".
  if (bad.length > 0)
    return { ...base, state: 'fail', detail: msg('readiness.reachability.fail', { hosts: bad.map(([host, verdict]) => `${host} (${verdict})`) }), evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: msg('readiness.reachability.pass', { hosts: [...byHost.keys()], count: byHost.size }), evidence: { findings, probes } };
}
