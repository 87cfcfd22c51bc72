/**
 * The XML reader's fast path (src/events/xml-record.ts) against saxes reading everything: the
 * same events, skips, warnings and errors on every XML sample, on a generated large 12290 log,
 * on records the fast path must decline (comments, CDATA, character references, CRLF inside a
 * record, an Event Viewer root, prefixes) and on broken files, where the error message — line and
 * column included — must be the one saxes gives. Plus fast-check: random mutations of a record.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { EventSink } from '../../src/events/fields.js';
import { readXmlEvents } from '../../src/events/read-xml.js';
import { readXmlRecord } from '../../src/events/xml-record.js';
import type { KmsEvent } from '../../src/snapshot/model.js';
import { generate12290 } from '../helpers/generate-12290.js';

const SAMPLES = fileURLToPath(new URL('../../samples/events/', import.meta.url));
const LIMITS = { maxDepth: 64, maxAttributes: 256, maxDataElements: 256 };

interface Outcome {
  events: KmsEvent[];
  skips: Array<string | null>;
  warnings: string[];
  error: string | null;
}

async function* slices(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(text: string, fastPath: boolean, size = 64 * 1024): Promise<Outcome> {
  const out: Outcome = { events: [], skips: [], warnings: [], error: null };
  const sink: EventSink = {
    event: (e) => void out.events.push(e),
    skip: (r) => void out.skips.push(r),
    warn: (w) => void out.warnings.push(w),
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
function assertSame(fast: Outcome, full: Outcome, label: string): void {
  if (full.error !== null || fast.error !== null) assert.is(fast.error, full.error, label);
  else assert.equal(fast, full, label);
}

async function same(text: string, label: string, size?: number): Promise<Outcome> {
  const fast = await read(text, true, size);
  const full = await read(text, false, size);
  assertSame(fast, full, label);
  return fast;
}

const RECORD = readFileSync(join(SAMPLES, 'host-12290-wevtutil.xml'), 'utf8').split(/\r?\n/).find((l) => l.startsWith('<Event'))!;

const samples = suite('events: XML fast path = saxes on the samples');

for (const file of ['client-wevtutil.xml', 'host-12290-wevtutil.xml', 'host-publishing.xml']) {
  samples(file, async () => {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const r = await same(text, file);
    assert.ok(r.events.length > 0, 'the sample has events');
    // Small chunks put record and CRLF boundaries everywhere.
    await same(text, `${file} in 7-character chunks`, 7);
  });
}

samples('the fast path reads every record of the wevtutil samples itself (none declined)', () => {
  // host-publishing.xml is an Event Viewer export (an <Events> root): saxes reads it.
  for (const file of ['client-wevtutil.xml', 'host-12290-wevtutil.xml']) {
    const records = readFileSync(join(SAMPLES, file), 'utf8').split(/\r?\n/).filter((l) => l.startsWith('<Event'));
    for (const r of records) assert.ok(readXmlRecord(r, LIMITS) !== null, `${file}: ${r.slice(0, 80)}`);
  }
});

samples.run();

const large = suite('events: XML fast path = saxes on a generated large log');

large('30,000 generated 12290 events', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-xml-fast-'));
  try {
    const path = join(dir, 'kms.xml');
    await generate12290(path, 30_000);
    const text = readFileSync(path, 'utf8');
    const r = await same(text, 'generated log');
    assert.is(r.events.length, 30_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

large.run();

const declined = suite('events: records the fast path declines, and broken files');

const variants: Array<[string, string]> = [
  ['a comment inside a record', RECORD.replace('<System>', '<System><!-- c -->')],
  ['CDATA in a Data element', RECORD.replace(/<Data>([^<]*)<\/Data>/, '<Data><![CDATA[$1 & more]]></Data>')],
  ['a character reference', RECORD.replace(/<Data>([^<]*)<\/Data>/, '<Data>&#x41;$1</Data>')],
  ['predefined entities', RECORD.replace(/<Data>([^<]*)<\/Data>/, '<Data>a &lt;&amp;&gt; b</Data>')],
  ['CRLF inside a record', RECORD.replace('<System>', '<System>\r\n  ')],
  ['a tab in an attribute value', RECORD.replace("SystemTime='", "SystemTime='\t")],
  ['an Event Viewer root', `<?xml version="1.0" encoding="UTF-8"?>\r\n<Events>${RECORD}\r\n${RECORD}</Events>`],
  ['prefixed names', RECORD.replace(/<(\/?)(Event|System|EventData|Data|EventID)\b/g, '<$1e:$2')],
  ['text between records', `${RECORD}\r\nnot markup\r\n${RECORD}`],
  ['an empty Data element', RECORD.replace(/<Data>[^<]*<\/Data>/, '<Data/>')],
  ['a nested Event element', RECORD.replace('<EventData>', '<EventData><Event>x</Event>')],
  ['a record cut off', `${RECORD}\r\n${RECORD}\r\n${RECORD.slice(0, 300)}`],
  ['an unclosed tag in the second record', `${RECORD}\r\n${RECORD.replace('</Level>', '</Levl>')}\r\n${RECORD}`],
  ['a DOCTYPE after two records', `${RECORD}\r\n${RECORD}\r\n<!DOCTYPE x [<!ENTITY a "b">]>\r\n${RECORD}`],
  ['a duplicate attribute', RECORD.replace("<Provider Name='", "<Provider Name='a' Name='")],
  ['a lone CR between records', `${RECORD}\r${RECORD}\r\n${RECORD.replace('<Level>', '<Level><')}`],
  ['a control character', RECORD.replace('<Level>', '<Level>\u0001')],
  ['a broken record on line 3, column 1', `${RECORD}\n${RECORD}\n<Event><System></Event>`],
  ['deep nesting inside a record', RECORD.replace('<EventData>', '<EventData>' + '<a>'.repeat(70) + '</a>'.repeat(70))],
];

for (const [label, text] of variants) {
  declined(label, async () => {
    await same(text, label);
    await same(text, `${label} (small chunks)`, 13);
  });
}

declined('an error on a later line names the same line and column as saxes', async () => {
  const text = `${RECORD}\r\n${RECORD}\r\n  ${RECORD.replace('</Computer>', '</Computr>')}`;
  const r = await same(text, 'broken third record');
  assert.match(r.error ?? '', /at line 3, column \d+/);
});

declined('fuzz: any mutation of a record reads the same both ways', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(RECORD.length), fc.nat(3), fc.string({ maxLength: 4 }), async (at, cut, insert) => {
      const mutated = RECORD.slice(0, at) + insert + RECORD.slice(at + cut);
      const text = `${RECORD}\r\n${mutated}\r\n${RECORD}`;
      assertSame(await read(text, true), await read(text, false), mutated);
    }),
    { numRuns: 300 },
  );
});

declined.run();
