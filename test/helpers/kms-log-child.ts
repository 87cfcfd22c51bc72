/**
 * Streams a 12290 export through analyzeKmsLog in a child process whose V8 heap is capped, so
 * "nothing is kept per event" is a hard property (an analysis that kept the events would die
 * with a heap-out-of-memory error). Prints the figures the test compares, as JSON.
 * Usage: node --max-old-space-size=MB --import tsx test/helpers/kms-log-child.ts FILE
 */
import { analyzeKmsLog } from '../../src/host/kms-log.js';

const [path] = process.argv.slice(2);
const { analysis } = await analyzeKmsLog(path!);
process.stdout.write(
  JSON.stringify({
    hostRequests: analysis.hostRequests,
    distinctClients: analysis.window.distinctClients,
    byMinimumCount: analysis.window.byMinimumCount,
    estimatedCount: analysis.window.estimatedCount,
    duplicateCmids: analysis.duplicateCmids.length,
    duplicateNames: analysis.duplicateCmids[0]?.clientNames,
    notServed: analysis.notServed.map((f) => [f.hresult, f.count]),
    clockSkew: analysis.clockSkew.requests,
    skewMinutes: analysis.clockSkew.clients[0]?.skewMinutes,
    newest: analysis.newest,
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1048576),
  }),
);
