/**
 * Streaming analysis of a KMS host's 12290 log: generates a 500,000-event wevtutil XML export in a
 * temp dir, runs analyzeKmsLog on it while sampling process.memoryUsage().rss, then scans the same
 * file plainly (a readline stream counting `<EventID>` occurrences) and prints MB/s for both, the
 * ratio, and the peak RSS. Nothing is asserted: the bounded-memory property is tested in
 * test/integration/host-analyze.test.ts with a capped heap.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { analyzeKmsLog } from '../src/host/kms-log.js';
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

try {
  const generated = Date.now();
  await generate12290(path, EVENTS);
  const bytes = statSync(path).size;
  const mb = bytes / 1_048_576;
  console.log(`generated ${EVENTS} events, ${mb.toFixed(1)} MB in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

  const rssBefore = process.memoryUsage().rss;
  const rss = sampler();
  let t = process.hrtime.bigint();
  const { analysis } = await analyzeKmsLog(path);
  const analyseMs = Number(process.hrtime.bigint() - t) / 1e6;
  const peakAnalyse = rss.stop();

  const scanRss = sampler();
  t = process.hrtime.bigint();
  const scanned = await plainScan(path);
  const scanMs = Number(process.hrtime.bigint() - t) / 1e6;
  const peakScan = scanRss.stop();

  const analyseRate = mb / (analyseMs / 1000);
  const scanRate = mb / (scanMs / 1000);
  console.log(`analyzeKmsLog: ${analysis.hostRequests} events, ${analysis.window.distinctClients} distinct clients, ${analysis.duplicateCmids.length} duplicate CMIDs, ${analysis.failedRequests} failed — ${(analyseMs / 1000).toFixed(2)} s, ${analyseRate.toFixed(1)} MB/s, peak RSS ${(peakAnalyse / 1_048_576).toFixed(0)} MB (${(rssBefore / 1_048_576).toFixed(0)} MB before)`);
  console.log(`plain scan (readline, count <EventID>): ${scanned} events — ${(scanMs / 1000).toFixed(2)} s, ${scanRate.toFixed(1)} MB/s, peak RSS ${(peakScan / 1_048_576).toFixed(0)} MB`);
  console.log(`ratio: the analysis runs at ${(analyseRate / scanRate * 100).toFixed(0)}% of the plain scan's speed (${(analyseMs / scanMs).toFixed(1)}× its time)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
