/** `kmsdoctor fleet`: read the snapshots (streaming), the hosts' logs, probe once per domain and host when asked, report. */
import { parseCheckArgs } from '../cli/parse-check-args.js';
import { KMS_PORT } from '../core/ports.js';
import { startTimer } from '../core/timing.js';
import { UsageError } from '../core/usage-error.js';
import { analyzeKmsLog } from '../host/kms-log.js';
import { checkOutTarget, writeOutFile } from '../cli/output/write-out.js';
import type { Severity } from '../rules/types.js';
import { FleetAccumulator } from './accumulate.js';
import { analyzeFleet } from './analyze.js';
import { domainsToProbe } from './domain-view.js';
import type { HostLog } from './host-view.js';
import { probeFleet, type FleetProbeResult } from './probe.js';
import { expandFleetPaths, readFleet } from './read-fleet.js';
import { renderFleet, type FleetFormat } from './render/index.js';

export interface RunFleetArgs {
  paths: string[];
  'kms-log': string[];
  probe: boolean;
  'dns-server': string[];
  timeout: number;
  deadline?: number | undefined;
  format: FleetFormat;
  out?: string | undefined;
  'fail-on': Severity;
}

export async function runFleet(args: RunFleetArgs): Promise<number> {
  const settings = parseCheckArgs({ 'dns-server': args['dns-server'].map(String), timeout: args.timeout, deadline: args.deadline, concurrency: 64, json: false, ndjson: false, 'fail-on': 'error' });
  if (args.paths.length === 0) throw new UsageError('name the snapshots: a folder of them, or files (kmsdoctor fleet <dir|files…>)');
  if (args.out !== undefined && String(args.out).trim() === '') throw new UsageError('--out needs a file name');
  // Refused before the run (a directory, a socket), as every command's --out.
  if (args.out !== undefined) await checkOutTarget(String(args.out));
  const timer = startTimer();
  const files = await expandFleetPaths(args.paths.map(String));
  const fleet = new FleetAccumulator();
  await readFleet(files, { snapshot: (snapshot, file) => fleet.add(snapshot, file), unreadable: (file, reason) => fleet.addUnreadable(file, reason) });
  // Nothing read means nothing judged: such a report cannot pass.
  if (fleet.clients.size === 0) {
    const why = files.length === 0 ? 'no *.json file found' : `none of ${files.length} files is a client snapshot${fleet.unreadableTotal > 0 ? ` (${fleet.unreadableTotal} unreadable, first: ${fleet.unreadable[0]!.reason})` : ''}`;
    throw new UsageError(`${args.paths.join(', ')}: ${why}`);
  }
  // Clients that say nothing about their licences cannot make a fleet pass either.
  if (![...fleet.clients.values()].some((client) => client.products.some((product) => product.state !== null))) {
    throw new UsageError(`${args.paths.join(', ')}: none of the ${fleet.clients.size} client snapshots shows a product with a license state; nothing to judge`);
  }
  const logs: HostLog[] = [];
  for (const path of args['kms-log'].map(String)) {
    const { analysis, analyzer } = await analyzeKmsLog(path);
    if (analysis.hostRequests === 0) throw new UsageError(`${path}: no 12290 event in it; give the KMS host's "Key Management Service" log export`);
    logs.push({ host: analysis.host, analyzer });
  }
  let probe: FleetProbeResult | null = null;
  if (args.probe) {
    const clients = [...fleet.clients.values()];
    const hosts = [...new Set(clients.map((c) => c.host).filter((h): h is string => h !== null))].map((endpoint) => {
      const match = /^(.*):(\d+)$/.exec(endpoint);
      return match ? { host: match[1]!, port: Number(match[2]) } : { host: endpoint, port: KMS_PORT };
    });
    probe = await probeFleet({ domains: domainsToProbe(clients), hosts, dnsServers: settings.dnsServers, timeoutMs: settings.timeoutMs, deadlineMs: settings.deadlineMs });
  }
  const report = analyzeFleet({
    fleet,
    logs,
    probe,
    failOn: args['fail-on'],
    startedAt: timer.startedAt,
    durationMs: () => timer.elapsedMs(),
    input: { paths: args.paths.map(String), kmsLogs: args['kms-log'].map(String), probe: args.probe, dnsServers: probe?.dnsServers ?? [] },
  });
  const text = renderFleet(report, args.format, fleet.clients.values());
  if (args.out !== undefined) await writeOutFile(String(args.out), text);
  else await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return report.summary.exitCode;
}
