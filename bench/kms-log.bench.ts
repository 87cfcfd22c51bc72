/**
 * Streaming analysis of a KMS host's 12290 log: generates a wevtutil XML export of
 * KMSD_BENCH_EVENTS events (default 500,000, about 307 MB) in a temp dir, then, each while
 * sampling process.memoryUsage().rss, measures
 *   - the XML reader as shipped: records matched against the learned shape of an earlier record
 *     (xml-shape.ts), else read by the scanner (xml-record.ts), else by saxes;
 *   - saxes alone (the reader before any fast path: the baseline);
 *   - the whole analyzeKmsLog, as `kmsdoctor analyze --host-log` runs it (reader + 12290 analysis);
 *   - a plain scan of the same file (a readline stream counting `<EventID>`): how fast the file
 *     can be read and decoded at all.
 * Prints MB/s (MiB of file per second of wall time), the process's CPU time and peak RSS of each,
 * and the ratios to the plain scan of the same run — the machine's speed and load change between
 * runs, the ratios much less (a wall time well above the CPU time means the machine was busy). The goal (issue #14): reader and analysis at 150 MB/s or more.
 *
 * Each of the three readers runs twice, alternately, the faster run counted: the first run of
 * each also compiles the code they share. analyzeKmsLog's first run is printed as well.
 *
 * Nothing is asserted here: bounded memory is tested in test/integration/host-analyze.test.ts
 * with a capped heap (peak RSS here stays flat whatever KMSD_BENCH_EVENTS is), equal results of
 * the fast paths and saxes in test/unit/events-xml-fast.test.ts and events-xml-shape.test.ts.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EventSink } from '../src/events/fields.js';
import { readXmlEvents } from '../src/events/read-xml.js';
import { analyzeKmsLog } from '../src/host/kms-log.js';
import { createStreamDecoder } from '../src/inputs/text-encoding.js';
import { generate12290 } from '../test/helpers/generate-12290.js';

const EVENTS = Number(process.env.KMSD_BENCH_EVENTS ?? 500_000);
const dir = mkdtempSync(join(tmpdir(), 'kmsd-bench-kms-log-'));
const path = join(dir, 'kms-12290.xml');

function sampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function plainScan(file: string): Promise<number> {
  let count = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) {
    for (let i = line.indexOf('<EventID'); i !== -1; i = line.indexOf('<EventID', i + 8)) count++;
  }
  return count;
}

/** The XML reader alone (decoding included, as read-events.ts streams a file), counting events. */
async function readXml(file: string, fastPath: boolean): Promise<number> {
  const decoder = createStreamDecoder('utf-8');
  async function* chunks(): AsyncGenerator<string> {
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) yield decoder.write(chunk);
    yield decoder.end();
  }
  let events = 0;
  const sink: EventSink = { event: () => void events++, skip: () => undefined, warn: () => undefined };
  await readXmlEvents(chunks(), sink, file, { fastPath });
  return events;
}

interface Measured<T> {
  result: T;
  ms: number;
  /** CPU time of the process (all its threads) over the run: tells a slow run from a busy machine. */
  cpuMs: number;
  peak: number;
}

async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const rss = sampler();
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000, peak: rss.stop() };
}

/** The faster of the runs, with the highest peak RSS of all of them. */
function best<T>(runs: Array<Measured<T>>): Measured<T> {
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, peak: Math.max(...runs.map((r) => r.peak)) };
}

const MiB = 1_048_576;
/** Issue #14: the reader and the analysis at this speed or more on the 2-core reference machine. */
const GOAL_MB_S = 150;

try {
  const generated = Date.now();
  await generate12290(path, EVENTS);
  const bytes = statSync(path).size;
  const mb = bytes / 1_048_576;
  console.log(`generated ${EVENTS} events, ${mb.toFixed(1)} MB in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

  const rssBefore = process.memoryUsage().rss;
  const rate = (ms: number) => mb / (ms / 1000);
  const line = (label: string, m: Measured<unknown>, what: string) =>
    console.log(
      `${label}: ${what} — ${(m.ms / 1000).toFixed(2)} s, ${rate(m.ms).toFixed(1)} MB/s (CPU ${(m.cpuMs / 1000).toFixed(2)} s), peak RSS ${(m.peak / MiB).toFixed(0)} MB`,
    );
  console.log(`RSS before: ${(rssBefore / MiB).toFixed(0)} MB`);

  // Each twice, alternately, the faster run counted (see the header).
  const runs = { fast: [] as Array<Measured<number>>, full: [] as Array<Measured<number>>, analysis: [] as Array<Measured<Awaited<ReturnType<typeof analyzeKmsLog>>>> };
  for (let round = 0; round < 2; round++) {
    runs.fast.push(await measure(() => readXml(path, true)));
    runs.full.push(await measure(() => readXml(path, false)));
    runs.analysis.push(await measure(() => analyzeKmsLog(path)));
  }
  const fast = best(runs.fast);
  const full = best(runs.full);
  const analysis = best(runs.analysis);
  line('XML reader (shapes, scanner, saxes for the rest), best of 2', fast, `${fast.result} events`);
  line('XML reader, saxes only (baseline), best of 2', full, `${full.result} events`);
  const a = analysis.result.analysis;
  line(
    'analyzeKmsLog (reader + 12290 analysis), best of 2',
    analysis,
    `${a.hostRequests} events, ${a.window.distinctClients} distinct clients, ${a.duplicateCmids.length} duplicate CMIDs, ${a.failedRequests} failed; first run ${rate(runs.analysis[0]!.ms).toFixed(1)} MB/s`,
  );
  const scan = await measure(() => plainScan(path));
  line('plain scan (readline, count <EventID>)', scan, `${scan.result} events`);

  const pct = (ms: number) => `${((scan.ms / ms) * 100).toFixed(0)}%`;
  console.log(
    `ratios: the reader runs at ${pct(fast.ms)} of the plain scan's speed (saxes alone: ${pct(full.ms)}; ${(full.ms / fast.ms).toFixed(1)}× faster), the whole analysis at ${pct(analysis.ms)}`,
  );
  const goal = (ms: number) => (rate(ms) >= GOAL_MB_S ? 'met' : 'NOT met');
  console.log(
    `goal ${GOAL_MB_S} MB/s: reader ${goal(fast.ms)}, analysis ${goal(analysis.ms)}; peak RSS over all runs ${(Math.max(fast.peak, full.peak, analysis.peak, scan.peak) / MiB).toFixed(0)} MB (${((Math.max(fast.peak, full.peak, analysis.peak, scan.peak) - rssBefore) / MiB).toFixed(0)} MB above the start)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
