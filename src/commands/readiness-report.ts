/**
 * `readiness` through the one pipeline: the facts collected once (files, both probe passes under
 * the run's runner, the optional activation request), the checks computed from them, the verdict
 * graded on the checks.
 */

import type { DnsServer } from '../dns/exchange.js';
import type { ActivationHook } from '../engine/activation-result.js';
import { runReadinessChecks } from '../readiness/checks/index.js';
import { collectReadinessFacts, type ReadinessInputs, readReadinessFiles } from '../readiness/collect.js';
import { renderCheck } from '../readiness/render.js';
import { gradeChecks, type ReadinessReport, readinessSummaryExtra } from '../report/readiness.js';
import type { ProbeSettings } from './probe-settings.js';
import { type OutputChoice, runReport } from './run-report.js';

export interface ReadinessRun extends Pick<ReadinessInputs, 'domains' | 'clientSnapshots' | 'hostSnapshots' | 'kmsLogs' | 'expectHosts' | 'targetOs'> {
  output: OutputChoice;
  probing: ProbeSettings;
  /** The activation request (connectivityActivation), or null. */
  activation: { hook: ActivationHook; input: { note: string | null } } | null;
  /** The flags as given, for the report's input. */
  given: Record<string, unknown>;
}

export async function runReadinessReport(args: ReadinessRun): Promise<{ exitCode: number; report: ReadinessReport }> {
  let checkedDomains: string[] = args.domains;
  const dnsServers: DnsServer[] = args.probing.dnsServers;
  return runReport({
    command: 'readiness',
    kind: 'readiness',
    output: args.output,
    probing: args.probing,
    // The domains checked include those the client snapshots search, known once they are read.
    input: () => ({ ...args.given, domains: checkedDomains }),
    load: () => readReadinessFiles(args),
    observe: async ({ runner, deadline, locale }, files) => {
      const { facts, notes } = await collectReadinessFacts(
        {
          locale,
          domains: args.domains,
          clientSnapshots: args.clientSnapshots,
          hostSnapshots: args.hostSnapshots,
          kmsLogs: args.kmsLogs,
          expectHosts: args.expectHosts,
          targetOs: args.targetOs,
          dnsServers,
          timeoutMs: args.probing.timeoutMs,
          deadlineMs: args.probing.deadlineMs,
          concurrency: args.probing.concurrency,
          deadline,
          runner,
          activation: args.activation?.hook ?? null,
        },
        files,
      );
      checkedDomains = facts.domains;
      if (args.activation?.input.note) notes.push(args.activation.input.note);
      return { facts, notes, checks: runReadinessChecks(facts).map((check) => renderCheck(check, locale)) };
    },
    // The rules ran once while collecting: the checks read their findings.
    evaluate: ({ facts }) => facts.findings,
    graded: ({ checks }) => gradeChecks(checks),
    summaryExtra: ({ checks }) => readinessSummaryExtra(checks),
    section: ({ checks, notes }) => ({ checks, notes }),
  });
}
