/**
 * From the folded fleet to its report: the views (clones, activation, hosts, domains, clocks),
 * the findings of the fleet rules through the one rule engine, and the summary and exit code.
 */
import { TOOL } from '../core/tool-info.js';
import { evaluate } from '../rules/index.js';
import { SEVERITY_RANK, type Severity } from '../rules/types.js';
import type { FleetAccumulator } from './accumulate.js';
import { activationView } from './activation-view.js';
import { clockView } from './clock-view.js';
import { cloneGroups } from './clone-groups.js';
import { domainView } from './domain-view.js';
import { hostView, type HostLog } from './host-view.js';
import type { FleetFacts, FleetReport } from './model.js';
import type { FleetProbeResult } from './probe.js';

export interface FleetAnalysisInput {
  fleet: FleetAccumulator;
  logs: readonly HostLog[];
  probe: FleetProbeResult | null;
  failOn: Severity;
  startedAt: string;
  durationMs: () => number;
  input: FleetReport['input'];
  notes?: string[];
}

export function analyzeFleet(args: FleetAnalysisInput): FleetReport {
  const clients = [...args.fleet.clients.values()].sort((a, b) => a.name.localeCompare(b.name));
  const { hosts, split } = hostView(clients, args.fleet.hosts, args.logs, args.probe);
  const { domains, discovery } = domainView(clients, args.probe);
  const facts: FleetFacts = {
    clients: clients.length,
    probed: args.probe !== null,
    hostSnapshots: args.fleet.hosts.size,
    discovery,
    cloneGroups: cloneGroups(clients),
    activation: activationView(clients),
    hosts,
    split,
    domains,
    clock: clockView(clients, args.fleet.hosts, args.logs),
    unreadable: args.fleet.unreadable,
    unreadableTotal: args.fleet.unreadableTotal,
  };
  const findings = evaluate({ fleet: facts });
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const failing = findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[args.failOn]);
  return {
    kind: 'kms-doctor-fleet',
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    startedAt: args.startedAt,
    durationMs: args.durationMs(),
    input: args.input,
    summary: {
      clients: clients.length,
      hosts: args.fleet.hosts.size,
      unreadable: args.fleet.unreadableTotal,
      duplicates: args.fleet.duplicates,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      failOn: args.failOn,
      exitCode: failing ? 1 : 0,
    },
    discovery,
    cloneGroups: facts.cloneGroups,
    activation: facts.activation,
    hosts,
    split,
    domains,
    clock: facts.clock,
    unreadable: args.fleet.unreadable,
    findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, title: f.title, message: f.message, target: f.target ?? null, evidence: f.evidence, remedy: f.remedy, docs: f.docs })),
    notes: [
      ...(args.probe === null ? ['Not probed: run with --probe to ask DNS about each suffix group\'s domain and test each host the clients go to (each once).'] : []),
      ...(args.fleet.hosts.size === 0 ? ['No KMS host snapshot in the input: host counts and clocks are unknown; counts are estimated from the fleet\'s distinct CMIDs.'] : []),
      ...(args.notes ?? []),
    ],
  };
}
