/**
 * Cold start: `kmsdoctor --version` and a one-host `connectivity --json` against the built-in
 * lab, medians of several runs, next to the bare cost of starting node in the same script.
 */
import { startLab } from '../src/lab/lab.js';
import { fmt, median, timeCommand } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLI = 'dist/src/cli/main.js';

async function medianOf(args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timeCommand(process.execPath, args)).ms);
  return median(times);
}

const lab = await startLab();
try {
  const healthy = lab.hosts[0]!;
  const node = await medianOf(['-e', '0']);
  const version = await medianOf([CLI, '--version']);
  const oneHost = await medianOf([CLI, 'connectivity', '--kms-host', `${healthy.address}:${healthy.port}`, '--dns-server', `${lab.dns.address}:${lab.dns.port}`, '--json']);
  console.log(`cold start, median of ${RUNS} runs`);
  console.log(`  node -e 0 (baseline)                          ${fmt(node)}`);
  console.log(`  kmsdoctor --version                           ${fmt(version)}   ${(version / node).toFixed(1)}× baseline`);
  console.log(`  kmsdoctor connectivity --kms-host (1 host)    ${fmt(oneHost)}   ${(oneHost / node).toFixed(1)}× baseline`);
} finally {
  await lab.close();
}
