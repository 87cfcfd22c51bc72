/**
 * The connectivity kind through the one pipeline: connectivity, srv, port, rpc, lab and analyze all
 * observe with the connectivity engine (or, offline, observe nothing) and report its facts.
 */

import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { ActivationSection } from '../engine/activation.js';
import type { ActivationHook } from '../engine/activation-result.js';
import { type ConnectivityOptions, checkConnectivity } from '../engine/connectivity.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { CommandName } from '../report/envelope.js';
import { connectivitySection, type Report } from '../report/report.js';
import type { ClientFacts } from '../rules/facts.js';
import { evaluate } from '../rules/index.js';
import type { ProbeSettings } from './probe-settings.js';
import { type OutputChoice, runReport } from './run-report.js';

/** What an offline analysis "probed": nothing, and it says so. */
const OFFLINE_FACTS: ConnectivityFacts = {
  dnsServers: [],
  dnsServerSource: 'none',
  domains: [],
  targets: [],
  managementPort: 135,
  phases: { activationPort: false, managementPort: false, rpc: false },
};

/** What a connectivity-kind command loads before probing: what to probe, and whose state. */
export interface ConnectivityInputs {
  /** What to probe (with probing settings). */
  targets?: Pick<ConnectivityOptions, 'domains' | 'comparisonDomains' | 'kmsHosts' | 'phases'> | undefined;
  input: Record<string, unknown>;
  /** The client's own state, when the check starts from a snapshot, slmgr text or events. */
  client?: ClientFacts | undefined;
  /** KMS hosts analysed offline (analyze with host snapshots, /dlv text or 12290 logs). */
  host?: HostFacts | undefined;
}

export interface ConnectivityRun {
  command: CommandName;
  output: OutputChoice;
  /** null: offline analysis, nothing is probed. */
  probing: ProbeSettings | null;
  /** Reads the client's and hosts' files (a bad one is exit 2 before any probe) and decides what to probe. */
  load(): Promise<ConnectivityInputs>;
  /** After the check: `--activation-request` sends its one request here, under the run's deadline. */
  activation?: ActivationHook | undefined;
  preface?: string | undefined;
}

export async function runConnectivityReport(args: ConnectivityRun): Promise<{ exitCode: number; report: Report }> {
  let loaded: ConnectivityInputs = { input: {} };
  return runReport({
    command: args.command,
    kind: 'connectivity',
    output: args.output,
    probing: args.probing,
    input: () => loaded.input,
    preface: args.preface,
    load: async () => (loaded = await args.load()),
    observe: async ({ runner, deadline, probing, progress }, { targets }) => {
      const facts = probing && targets ? await checkConnectivity({ ...probing, ...targets, runner, ...(deadline && { signal: deadline }) }) : OFFLINE_FACTS;
      let activation: ActivationSection | null = null;
      if (args.activation) {
        progress(render(msg('usage-error.progress.activation'), args.output.locale));
        activation = await args.activation(facts, deadline, runner);
      }
      return { facts, activation };
    },
    evaluate: ({ facts, activation }, locale) =>
      evaluate(
        { connectivity: facts, ...(loaded.client ? { client: loaded.client } : {}), ...(activation ? { activation } : {}), ...(loaded.host ? { host: loaded.host } : {}) },
        locale,
      ),
    section: ({ facts, activation }, locale) => connectivitySection({ facts, client: loaded.client, activation, host: loaded.host, locale }),
  });
}
