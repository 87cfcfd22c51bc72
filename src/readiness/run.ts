/** `kmsdoctor readiness`: validate the flags, collect the facts once, run the checks, write the report. */
import { connectivityActivation } from '../cli/connectivity-activation.js';
import type { ActivationArgs } from '../cli/activation-options.js';
import { parseCheckArgs } from '../cli/parse-check-args.js';
import { checkOutTarget, writeOutFile } from '../cli/output/write-out.js';
import { parseDomainName, parseKmsDomain } from '../core/names.js';
import { runDeadline } from '../core/run-deadline.js';
import { startTimer } from '../core/timing.js';
import { UsageError } from '../core/usage-error.js';
import { resolveTarget } from '../host/key-coverage.js';
import { buildReadinessReport, type ReadinessFailOn } from '../report/readiness.js';
import { renderReadiness, type ReadinessFormat } from '../report/readiness-render.js';
import { runReadinessChecks } from './checks/index.js';
import { collectReadinessFacts } from './collect.js';
import { renderCheck } from './render.js';

export interface RunReadinessArgs extends ActivationArgs {
  domain: string[];
  'client-snapshot': string[];
  'host-snapshot': string[];
  'kms-log': string[];
  'expect-host': string[];
  'target-os': string[];
  'dns-server': string[];
  timeout: number;
  deadline?: number | undefined;
  format: ReadinessFormat;
  out?: string | undefined;
  'fail-on': ReadinessFailOn;
}

export async function runReadiness(args: RunReadinessArgs): Promise<number> {
  const strings = (list: unknown[]) => list.map(String);
  const settings = parseCheckArgs({ 'dns-server': strings(args['dns-server']), timeout: args.timeout, deadline: args.deadline, concurrency: 64, json: false, ndjson: false, 'fail-on': 'error' });
  const domains = strings(args.domain).map((d) => parseKmsDomain(d, '--domain'));
  const expectHosts = strings(args['expect-host']).map((h) => parseDomainName(h, '--expect-host').toLowerCase());
  const targetOs = strings(args['target-os']).map((t) => {
    const resolved = resolveTarget(t);
    if (!resolved.ok) throw new UsageError(`--target-os: ${resolved.reason}`);
    return resolved.name;
  });
  const clientSnapshots = strings(args['client-snapshot']);
  if (domains.length === 0 && clientSnapshots.length === 0) throw new UsageError('name the client domain(s) with --domain, or give --client-snapshot');
  if (args.out !== undefined) await checkOutTarget(String(args.out));
  const activation = connectivityActivation(args, settings.timeoutMs);
  const timer = startTimer();
  const deadline = runDeadline(settings.deadlineMs);
  const { facts, notes } = await collectReadinessFacts({
    domains,
    clientSnapshots,
    hostSnapshots: strings(args['host-snapshot']),
    kmsLogs: strings(args['kms-log']),
    expectHosts,
    targetOs,
    dnsServers: settings.dnsServers,
    timeoutMs: settings.timeoutMs,
    deadlineMs: settings.deadlineMs,
    deadline,
    activation: activation?.hook ?? null,
  });
  if (activation?.input.note) notes.push(activation.input.note);
  const checks = runReadinessChecks(facts).map((check) => renderCheck(check));
  const report = buildReadinessReport({
    startedAt: timer.startedAt,
    durationMs: timer.elapsedMs(),
    input: {
      domains: facts.domains,
      clientSnapshots,
      hostSnapshots: args['host-snapshot'],
      kmsLogs: args['kms-log'],
      expectHosts,
      targetOs,
      dnsServers: args['dns-server'],
      timeoutMs: settings.timeoutMs,
      ...(activation ? { activationRequest: activation.input } : {}),
    },
    checks,
    findings: facts.findings,
    failOn: args['fail-on'],
    notes,
  });
  const text = renderReadiness(report, args.format);
  if (args.out !== undefined) await writeOutFile(String(args.out), text);
  else await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return report.summary.exitCode;
}
