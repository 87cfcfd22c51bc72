/**
 * Reads XML event text with the XML reader's fast path and with saxes alone, for tests that
 * demand the same outcome of both (events-xml-fast.test.ts, events-xml-shape.test.ts).
 */
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import type { EventSink } from '../../src/events/fields.js';
import { readXmlEvents } from '../../src/events/read-xml.js';
import type { KmsEvent } from '../../src/snapshot/model.js';

export interface Outcome {
  events: KmsEvent[];
  /** Skip reasons and warnings as English says them (the readers keep catalog messages). */
  skips: Array<string | null>;
  warnings: string[];
  error: string | null;
}

async function* slices(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export async function readBothWays(text: string, fastPath: boolean, size = 64 * 1024): Promise<Outcome> {
  const out: Outcome = { events: [], skips: [], warnings: [], error: null };
  const sink: EventSink = {
    event: (e) => void out.events.push(e),
    skip: (r) => void out.skips.push(r && render(r)),
    warn: (w) => void out.warnings.push(render(w)),
  };
  try {
    await readXmlEvents(slices(text, size), sink, 'in.xml', { fastPath });
  } catch (err) {
    out.error = (err as Error).message;
  }
  return out;
}

/**
 * The same outcome: on an error only the message counts (the caller throws it; events sent to
 * the sink before it are dropped, and the fast path may have sent some that saxes, which checks a
 * 64 KiB slice for DOCTYPE before parsing it, did not).
 */
export function assertSame(fast: Outcome, full: Outcome, label: string): void {
  if (full.error !== null || fast.error !== null) assert.is(fast.error, full.error, label);
  else assert.equal(fast, full, label);
}

/** Reads `text` (in chunks of `size` characters) both ways and asserts the same outcome; returns it. */
export async function sameBothWays(text: string, label: string, size?: number): Promise<Outcome> {
  const fast = await readBothWays(text, true, size);
  const full = await readBothWays(text, false, size);
  assertSame(fast, full, label);
  return fast;
}
