/**
 * Streaming analysis of a KMS host's 12290 log: generates a 500,000-event wevtutil XML export in a
 * temp dir, then, each while sampling process.memoryUsage().rss, reads it with the XML reader as
 * shipped (fast path for plain records, saxes for the rest), with saxes alone (the reader before
 * the fast path: the baseline), runs the whole analyzeKmsLog on it, and scans it plainly (a
 * readline stream counting `<EventID>` occurrences). Prints MB/s and peak RSS of each and the
 * ratios. Nothing is asserted: the bounded-memory property is tested in
 * test/integration/host-analyze.test.ts with a capped heap, equal results of both readers in
 * test/unit/events-xml-fast.test.ts.
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

async function measure<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; peak: number }> {
  const rss = sampler();
  const t = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { result, ms, peak: rss.stop() };
}

const MiB = 1_048_576;

try {
  const generated = Date.now();
  await generate12290(path, EVENTS);
  const bytes = statSync(path).size;
  const mb = bytes / 1_048_576;
  console.log(`generated ${EVENTS} events, ${mb.toFixed(1)} MB in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

  const rssBefore = process.memoryUsage().rss;
  const rate = (ms: number) => mb / (ms / 1000);
  const line = (label: string, m: { ms: number; peak: number }, what: string) =>
    console.log(`${label}: ${what} — ${(m.ms / 1000).toFixed(2)} s, ${rate(m.ms).toFixed(1)} MB/s, peak RSS ${(m.peak / MiB).toFixed(0)} MB`);
  console.log(`RSS before: ${(rssBefore / MiB).toFixed(0)} MB`);

  // Each reader twice, alternately, the faster run counted: the first run of either also pays for
  // compiling the code both share (accepting and building events).
  const runs = { fast: [] as Array<{ result: number; ms: number; peak: number }>, full: [] as Array<{ result: number; ms: number; peak: number }> };
  for (let round = 0; round < 2; round++) {
    runs.fast.push(await measure(() => readXml(path, true)));
    runs.full.push(await measure(() => readXml(path, false)));
  }
  const best = (r: Array<{ result: number; ms: number; peak: number }>) => r.reduce((a, b) => (b.ms < a.ms ? { ...b, peak: Math.max(a.peak, b.peak) } : { ...a, peak: Math.max(a.peak, b.peak) }));
  const fast = best(runs.fast);
  const full = best(runs.full);
  line('XML reader (fast path + saxes for the rest), best of 2', fast, `${fast.result} events`);
  line('XML reader, saxes only (baseline), best of 2', full, `${full.result} events`);
  const analysis = await measure(() => analyzeKmsLog(path));
  const a = analysis.result.analysis;
  line('analyzeKmsLog (reader + 12290 analysis)', analysis, `${a.hostRequests} events, ${a.window.distinctClients} distinct clients, ${a.duplicateCmids.length} duplicate CMIDs, ${a.failedRequests} failed`);
  const scan = await measure(() => plainScan(path));
  line('plain scan (readline, count <EventID>)', scan, `${scan.result} events`);

  const pct = (ms: number) => `${((scan.ms / ms) * 100).toFixed(0)}%`;
  console.log(`ratios: the reader runs at ${pct(fast.ms)} of the plain scan's speed (saxes alone: ${pct(full.ms)}; ${(full.ms / fast.ms).toFixed(1)}× faster), the whole analysis at ${pct(analysis.ms)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
