import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import type { RuleId } from '../catalog/findings.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { FleetAccumulator } from '../fleet/accumulate.js';
import { activationView } from '../fleet/activation-view.js';
import { clockView } from '../fleet/clock-view.js';
import { cloneGroups } from '../fleet/clone-groups.js';
import { domainView } from '../fleet/domain-view.js';
import { type HostLog, hostView } from '../fleet/host-view.js';
import type { FleetFacts, FleetSection, FleetSummaryExtra } from '../fleet/model.js';
import type { FleetProbeResult } from '../fleet/probe.js';
/**
 * From the folded fleet to its report: the views (clones, activation, hosts, domains, clocks),
 * the findings of the fleet rules through the one rule engine, and the summary and exit code.
 */
import { buildEnvelope, summarize } from '../report/envelope.js';
import type { FleetReport } from '../report/fleet-report.js';
import { evaluate } from '../rules/index.js';
import type { Finding, Severity } from '../rules/types.js';

export interface FleetAnalysisInput {
  fleet: FleetAccumulator;
  logs: readonly HostLog[];
  probe: FleetProbeResult | null;
  failOn: Severity;
  startedAt: string;
  durationMs: () => number;
  input: FleetReport['input'];
  notes?: string[];
  locale?: Locale;
}

/** The fleet's aggregates: what the fleet rules read and the report shows. */
export function fleetFacts(args: Pick<FleetAnalysisInput, 'fleet' | 'logs' | 'probe'>): FleetFacts {
  const clients = [...args.fleet.clients.values()].sort((a, b) => a.name.localeCompare(b.name));
  const { hosts, split } = hostView(clients, args.fleet.hosts, args.logs, args.probe);
  const { domains, discovery } = domainView(clients, args.probe);
  return {
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
}

export function fleetFindings(facts: FleetFacts, locale?: Locale): Finding<RuleId>[] {
  return evaluate({ fleet: facts }, locale);
}

/** The fleet section of the report, with the notes on what was not looked at. */
export function fleetSection(facts: FleetFacts, extraNotes: readonly string[] = [], locale: Locale = DEFAULT_LOCALE): FleetSection {
  return {
    discovery: facts.discovery,
    cloneGroups: facts.cloneGroups,
    activation: facts.activation,
    hosts: facts.hosts,
    split: facts.split && { ...facts.split, summary: render(facts.split.summary, locale), summaryMessage: facts.split.summary },
    domains: facts.domains.map(({ detail, ...group }) => ({ ...group, detail: render(detail, locale), detailMessage: detail })),
    clock: {
      ...facts.clock,
      reference: render(facts.clock.reference, locale),
      referenceMessage: facts.clock.reference,
      skewed: facts.clock.skewed.map(({ name, skewMinutes, againstHost }) => {
        const against = msg('facts.fleet.clock.against', { host: againstHost });
        return { name, skewMinutes, against: render(against, locale), againstMessage: against };
      }),
    },
    unreadable: facts.unreadable,
    notes: [
      ...(facts.probed ? [] : [render(msg('fleet-report.note.not-probed', { option: '--probe' }), locale)]),
      ...(facts.hostSnapshots === 0 ? [render(msg('fleet-report.note.no-host-snapshot'), locale)] : []),
      ...extraNotes,
    ],
  };
}

/** The fleet counts the summary adds to the common ones. */
export function fleetSummaryExtra(fleet: FleetAccumulator): FleetSummaryExtra {
  return { clients: fleet.clients.size, hosts: fleet.hosts.size, unreadable: fleet.unreadableTotal, duplicates: fleet.duplicates };
}

/** The whole fleet report at once (tests, callers without the runner). */
export function analyzeFleet(args: FleetAnalysisInput): FleetReport {
  const facts = fleetFacts(args);
  const findings = fleetFindings(facts, args.locale);
  return buildEnvelope({
    kind: 'fleet',
    command: 'fleet',
    startedAt: args.startedAt,
    durationMs: args.durationMs(),
    input: args.input,
    findings,
    summary: summarize({ findings, failOn: args.failOn, probes: 0 }),
    summaryExtra: fleetSummaryExtra(args.fleet),
    section: fleetSection(facts, args.notes, args.locale),
  });
}
