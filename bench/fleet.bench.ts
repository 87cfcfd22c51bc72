/**
 * `kmsdoctor fleet` at scale: generates a synthetic fleet (default 50,000 clients, each snapshot
 * with four 12288/12289 pairs: clone groups, clients pinned to a retired host, Windows and Office
 * in grace, failing renewals, skewed clocks), then runs the built CLI on it (`--format json`) and,
 * as the baseline in the same run, a script that only reads and JSON.parses the same files with
 * the same concurrency. Prints snapshots/s, MB/s, peak RSS of both and the ratio. Nothing is
 * asserted; the known answers are tested in test/unit/fleet.test.ts.
 *
 *   npm run build && node --import tsx bench/fleet.bench.ts      (KMSD_BENCH_FLEET=5000 for a quick run;
 *   KMSD_BENCH_EVENT_PAIRS=25 for snapshots as large as the collector's default of 50 events)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expectedFleet, type SyntheticFleetSpec, writeSyntheticFleet } from '../test/helpers/synthetic-fleet.js';

const run = promisify(execFile);
const CLIENTS = Number(process.env.KMSD_BENCH_FLEET ?? 50_000);
/** 12288/12289 pairs per snapshot: 4 gives ~8 KB; the collector's default 50 events, about 25 pairs. */
const EVENT_PAIRS = Number(process.env.KMSD_BENCH_EVENT_PAIRS ?? 4);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const spec: SyntheticFleetSpec = {
  clients: CLIENTS,
  cloneGroups: [Math.round(CLIENTS / 100), 40, 12, 5, 2],
  pinnedToRetiredHost: Math.round(CLIENTS / 50),
  windowsInGrace: Math.round(CLIENTS / 100),
  officeInGrace: Math.round(CLIENTS / 50),
  renewalsFailing: Math.round(CLIENTS / 40),
  skewedClocks: Math.round(CLIENTS / 500),
  branchClients: Math.round(CLIENTS / 20),
  servers: Math.round(CLIENTS / 10),
  hostCounts: [50, 50],
  eventPairs: EVENT_PAIRS,
};

async function timed(args: string[]): Promise<{ ms: number; peakMb: number; stdout: string }> {
  const start = process.hrtime.bigint();
  const { stdout, stderr } = await run(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.mjs'), ...args], {
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  }).catch((error: { stdout: string; stderr: string; code: number }) => {
    if (error.code !== 1) throw error;
    return error;
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/bench-peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
  return { ms, peakMb: kb / 1024, stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'kmsd-bench-fleet-'));
try {
  const t = Date.now();
  const files = await writeSyntheticFleet(dir, spec);
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  const mb = bytes / 1_048_576;
  console.log(`generated ${files} snapshots (${mb.toFixed(0)} MB, ${(bytes / files / 1024).toFixed(1)} KB each) in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const baseline = await timed(['--import', 'tsx', join(ROOT, 'bench', 'fleet-baseline.ts'), dir]);
  const fleet = await timed([join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'fleet', dir, '--format', 'json']);
  const report = JSON.parse(fleet.stdout) as {
    summary: { clients: number };
    cloneGroups: { countLost: number };
    activation: { expiringTotal: number; renewalsFailingTotal: number };
  };
  const want = expectedFleet(spec);
  const right =
    report.summary.clients === want.clients &&
    report.cloneGroups.countLost === want.countLost &&
    report.activation.expiringTotal === want.expiring &&
    report.activation.renewalsFailingTotal === want.renewalsFailing;
  const rate = (ms: number) => files / (ms / 1000);
  console.log(
    `baseline (read + JSON.parse only): ${(baseline.ms / 1000).toFixed(1)} s, ${rate(baseline.ms).toFixed(0)} snapshots/s, ${(mb / (baseline.ms / 1000)).toFixed(1)} MB/s, peak RSS ${baseline.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `kmsdoctor fleet --format json:     ${(fleet.ms / 1000).toFixed(1)} s, ${rate(fleet.ms).toFixed(0)} snapshots/s, ${(mb / (fleet.ms / 1000)).toFixed(1)} MB/s, peak RSS ${fleet.peakMb.toFixed(0)} MB (answers ${right ? 'as generated' : 'DIFFER from the generated ones'})`,
  );
  console.log(
    `ratio: the fleet analysis runs at ${((baseline.ms / fleet.ms) * 100).toFixed(0)}% of the baseline's speed (${(fleet.ms / baseline.ms).toFixed(2)}× its time); wall times include each process's start`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
