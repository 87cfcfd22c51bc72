/**
 * The XML reader's fast path (src/events/xml-record.ts) against saxes reading everything: the
 * same events, skips, warnings and errors on every XML sample, on a generated large 12290 log,
 * on records the fast path must decline (comments, CDATA, character references, CRLF inside a
 * record, an Event Viewer root, prefixes) and on broken files, where the error message — line and
 * column included — must be the one saxes gives. Plus fast-check: random mutations of a record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readXmlRecord } from '../../src/events/xml-record.js';
import { generate12290 } from '../helpers/generate-12290.js';
import { scratchDir } from '../helpers/scratch-dir.js';
import { assertSame, readBothWays, sameBothWays } from '../helpers/xml-both-ways.js';

const SAMPLES = fileURLToPath(new URL('../../samples/events/', import.meta.url));
const LIMITS = { maxDepth: 64, maxAttributes: 256, maxDataElements: 256 };

const RECORD = readFileSync(join(SAMPLES, 'host-12290-wevtutil.xml'), 'utf8')
  .split(/\r?\n/)
  .find((l) => l.startsWith('<Event'))!;

const samples = suite('events: XML fast path = saxes on the samples');

for (const file of ['client-wevtutil.xml', 'host-12290-wevtutil.xml', 'host-publishing.xml']) {
  samples(file, async () => {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const r = await sameBothWays(text, file);
    assert.ok(r.events.length > 0, 'the sample has events');
    // Small chunks put record and CRLF boundaries everywhere.
    await sameBothWays(text, `${file} in 7-character chunks`, 7);
  });
}

samples('the fast path reads every record of the wevtutil samples itself (none declined)', () => {
  // host-publishing.xml is an Event Viewer export (an <Events> root): saxes reads it.
  for (const file of ['client-wevtutil.xml', 'host-12290-wevtutil.xml']) {
    const records = readFileSync(join(SAMPLES, file), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.startsWith('<Event'));
    for (const r of records) assert.ok(readXmlRecord(r, LIMITS) !== null, `${file}: ${r.slice(0, 80)}`);
  }
});

samples.run();

const large = suite('events: XML fast path = saxes on a generated large log');
const largeScratch = scratchDir(large, 'kmsd-xml-fast-');

large('30,000 generated 12290 events', async () => {
  const path = join(largeScratch(), 'kms.xml');
  await generate12290(path, 30_000);
  const r = await sameBothWays(readFileSync(path, 'utf8'), 'generated log');
  assert.is(r.events.length, 30_000);
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
    await sameBothWays(text, label);
    await sameBothWays(text, `${label} (small chunks)`, 13);
  });
}

declined('an error on a later line names the same line and column as saxes', async () => {
  const text = `${RECORD}\r\n${RECORD}\r\n  ${RECORD.replace('</Computer>', '</Computr>')}`;
  const r = await sameBothWays(text, 'broken third record');
  assert.match(r.error ?? '', /at line 3, column \d+/);
});

declined('fuzz: any mutation of a record reads the same both ways', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(RECORD.length), fc.nat(3), fc.string({ maxLength: 4 }), async (at, cut, insert) => {
      const mutated = RECORD.slice(0, at) + insert + RECORD.slice(at + cut);
      const text = `${RECORD}\r\n${mutated}\r\n${RECORD}`;
      assertSame(await readBothWays(text, true), await readBothWays(text, false), mutated);
    }),
    { numRuns: 300 },
  );
});

declined.run();
