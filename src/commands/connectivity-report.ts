/**
 * The connectivity kind through the one pipeline: connectivity, srv, port, rpc, lab and analyze all
 * observe with the connectivity engine (or, offline, observe nothing) and report its facts.
 */
import { checkConnectivity, type ConnectivityOptions } from '../engine/connectivity.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { ActivationSection } from '../engine/activation.js';
import type { CommandName } from '../report/envelope.js';
import { connectivitySection, type Report } from '../report/report.js';
import type { ClientFacts } from '../rules/facts.js';
import { evaluate } from '../rules/index.js';
import type { ProbeSettings } from './probe-settings.js';
import { runReport, type OutputChoice } from './run-report.js';

/** What an offline analysis "probed": nothing, and it says so. */
const OFFLINE_FACTS: ConnectivityFacts = {
  dnsServers: [],
  dnsServerSource: 'none',
  domains: [],
  targets: [],
  managementPort: 135,
  phases: { activationPort: false, managementPort: false, rpc: false },
};

export interface ConnectivityRun {
  command: CommandName;
  output: OutputChoice;
  /** null: offline analysis, nothing is probed. */
  probing: ProbeSettings | null;
  /** What to probe (with `probing`). */
  targets?: Pick<ConnectivityOptions, 'domains' | 'comparisonDomains' | 'kmsHosts' | 'phases'> | undefined;
  input: Record<string, unknown>;
  /** The client's own state, when the check starts from a snapshot, slmgr text or events. */
  client?: ClientFacts | undefined;
  /** KMS hosts analysed offline (analyze with host snapshots, /dlv text or 12290 logs). */
  host?: HostFacts | undefined;
  /** After the check: `--activation-request` sends its one request here, under the run's deadline. */
  activation?: ((facts: ConnectivityFacts, deadline?: AbortSignal) => Promise<ActivationSection | null>) | undefined;
  preface?: string | undefined;
}

export async function runConnectivityReport(args: ConnectivityRun): Promise<{ exitCode: number; report: Report }> {
  return runReport({
    command: args.command,
    kind: 'connectivity',
    output: args.output,
    probing: args.probing,
    input: () => args.input,
    preface: args.preface,
    // The command loaded the client's and hosts' files already: they decide what to probe.
    load: async () => undefined,
    observe: async ({ runner, deadline, probing, progress }) => {
      const facts = probing && args.targets ? await checkConnectivity({ ...probing, ...args.targets, runner, ...(deadline && { signal: deadline }) }) : OFFLINE_FACTS;
      let activation: ActivationSection | null = null;
      if (args.activation) {
        progress('Sending the one activation request…');
        activation = await args.activation(facts, deadline);
      }
      return { facts, activation };
    },
    evaluate: ({ facts, activation }) => evaluate({ connectivity: facts, ...(args.client ? { client: args.client } : {}), ...(activation ? { activation } : {}), ...(args.host ? { host: args.host } : {}) }),
    section: ({ facts, activation }) => connectivitySection({ facts, client: args.client, activation, host: args.host }),
  });
}
