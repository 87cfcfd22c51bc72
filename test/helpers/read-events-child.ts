/**
 * Reads an event export in a child process whose V8 heap is capped, so "bounded memory" is a
 * hard property (an unbounded reader dies with a heap-out-of-memory error) rather than an RSS
 * reading that depends on how busy the machine is. Prints the result as JSON.
 * Usage: node --max-old-space-size=MB --import tsx test/helpers/read-events-child.ts FILE MAX_EVENTS
 */
import { readEventFile } from '../../src/events/read-events.js';

const [path, maxEvents] = process.argv.slice(2);
const result = await readEventFile(path!, { maxEvents: Number(maxEvents) });
process.stdout.write(
  JSON.stringify({
    format: result.format,
    skipped: result.skipped,
    warnings: result.warnings,
    recordIds: result.events.map((event) => event.recordId),
    newestTime: result.events[0]?.timeCreated,
    newestKind: result.events[0]?.fields?.kind,
  }),
);
