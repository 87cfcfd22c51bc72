/** `fleet` through the one pipeline: read the snapshots (streaming) and the hosts' logs, probe once per domain and host when asked, report. */
import type { MessageId } from '../catalog/catalogs.js';
import { type MessageArgs, msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { KMS_PORT } from '../core/ports.js';
import { UsageError } from '../core/usage-error.js';
import { FleetAccumulator } from '../fleet/accumulate.js';
import { domainsToProbe } from '../fleet/domain-view.js';
import type { HostLog } from '../fleet/host-view.js';
import { type FleetProbeResult, probeFleet } from '../fleet/probe.js';
import { expandFleetPaths, readFleet } from '../fleet/read-fleet.js';
import { analyzeKmsLog } from '../host/kms-log.js';
import type { FleetReport } from '../report/fleet-report.js';
import { fleetFacts, fleetFindings, fleetSection, fleetSummaryExtra } from './fleet-analysis.js';
import type { ProbeSettings } from './probe-settings.js';
import { type OutputChoice, runReport } from './run-report.js';

export interface FleetRun {
  output: OutputChoice;
  probing: ProbeSettings;
  paths: string[];
  kmsLogs: string[];
  probe: boolean;
}

/** The snapshots and the hosts' logs, read before anything is probed; a fleet with nothing to judge is bad input. */
async function loadFleet(args: FleetRun): Promise<{ fleet: FleetAccumulator; logs: HostLog[] }> {
  const say = (id: MessageId, values: MessageArgs) => render(msg(id, values), args.output.locale);
  const files = await expandFleetPaths(args.paths);
  const fleet = new FleetAccumulator();
  await readFleet(files, { snapshot: (snapshot, file) => fleet.add(snapshot, file), unreadable: (file, reason) => fleet.addUnreadable(file, reason) });
  // Nothing read means nothing judged: such a report cannot pass.
  if (fleet.clients.size === 0) {
    const paths = args.paths.join(', ');
    throw new UsageError(
      files.length === 0
        ? say('run.usage.fleet.no-json', { paths })
        : say('run.usage.fleet.no-client', { paths, files: files.length, unreadable: fleet.unreadableTotal, first: fleet.unreadable[0]?.reason ?? '' }),
    );
  }
  // Clients that say nothing about their licences cannot make a fleet pass either.
  if (![...fleet.clients.values()].some((client) => client.products.some((product) => product.state !== null))) {
    throw new UsageError(say('run.usage.fleet.no-state', { paths: args.paths.join(', '), clients: fleet.clients.size }));
  }
  const logs: HostLog[] = [];
  for (const path of args.kmsLogs) {
    const { analysis, analyzer } = await analyzeKmsLog(path);
    if (analysis.hostRequests === 0) throw new UsageError(say('run.usage.fleet.no-12290', { path }));
    logs.push({ host: analysis.host, analyzer });
  }
  return { fleet, logs };
}

export async function runFleetReport(args: FleetRun): Promise<{ exitCode: number; report: FleetReport }> {
  if (args.paths.length === 0) throw new UsageError(render(msg('run.usage.fleet.no-paths', { command: 'kmsdoctor fleet <dir|files…>' }), args.output.locale));
  let dnsServers: string[] = [];
  return runReport({
    command: 'fleet',
    kind: 'fleet',
    output: args.output,
    // Without --probe nothing touches the network: the probing options are then ignored.
    probing: args.probe ? args.probing : null,
    input: () => ({ paths: args.paths, kmsLogs: args.kmsLogs, probe: args.probe, dnsServers }),
    load: () => loadFleet(args),
    observe: async ({ runner }, { fleet, logs }) => {
      let probe: FleetProbeResult | null = null;
      if (runner) {
        const clients = [...fleet.clients.values()];
        const hosts = [...new Set(clients.map((c) => c.host).filter((h): h is string => h !== null))].map((endpoint) => {
          const match = /^(.*):(\d+)$/.exec(endpoint);
          return match ? { host: match[1]!, port: Number(match[2]) } : { host: endpoint, port: KMS_PORT };
        });
        probe = await probeFleet({ domains: domainsToProbe(clients), hosts, ...args.probing, runner });
        dnsServers = probe.dnsServers;
      }
      return { facts: fleetFacts({ fleet, logs, probe }), fleet };
    },
    evaluate: ({ facts }, locale) => fleetFindings(facts, locale),
    summaryExtra: ({ fleet }) => fleetSummaryExtra(fleet),
    section: ({ facts }, locale) => fleetSection(facts, [], locale),
    reporterData: ({ fleet }) => ({ fleetClients: fleet.clients.values() }),
  });
}
