/**
 * Learned record shapes (src/events/xml-shape.ts): once the fast path has read a record, the
 * records after it are matched against that record's markup. Every file here starts with plain
 * records that teach a shape, then brings records of the same markup whose values are hostile —
 * entities, CDATA, comments, `>` inside quotes, CR, control characters, surrogates, multi-byte
 * characters cut between chunks — or whose markup differs slightly, or a cut-off end. The fast
 * path must give what saxes gives, event for event, skip for skip, error for error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { EventSink } from '../../src/events/fields.js';
import { readXmlEvents } from '../../src/events/read-xml.js';
import { readXmlRecord } from '../../src/events/xml-record.js';
import { emptyNotes, learnShape, matchShape } from '../../src/events/xml-shape.js';
import { createStreamDecoder } from '../../src/inputs/text-encoding.js';
import { sameBothWays } from '../helpers/xml-both-ways.js';

const SAMPLES = fileURLToPath(new URL('../../samples/events/', import.meta.url));
const LIMITS = { maxDepth: 64, maxAttributes: 256, maxDataElements: 256 };
const RECORD = readFileSync(join(SAMPLES, 'host-12290-wevtutil.xml'), 'utf8')
  .split(/\r?\n/)
  .find((l) => l.startsWith('<Event'))!;

/** RECORD with the n-th Data element's text replaced. */
function withData(record: string, n: number, text: string): string {
  let k = -1;
  return record.replace(/<Data>([^<]*)<\/Data>/g, (whole) => (++k === n ? `<Data>${text}</Data>` : whole));
}

/** RECORD with another Provider Name (the value as written, entities and all). */
function withProvider(name: string): string {
  return RECORD.replace("Name='Microsoft-Windows-Security-SPP'", `Name='${name}'`);
}

/** Two plain records (they teach the shape), the variant, a plain record. */
function file(variant: string): string {
  return `${RECORD}\r\n${withData(RECORD, 2, 'ws0002.contoso.com')}\r\n${variant}\r\n${RECORD}\r\n`;
}

/** Both ways, in one piece and in chunks that cut records, markup and characters everywhere. */
async function sameInChunks(text: string, label: string): Promise<void> {
  for (const size of [64 * 1024, 13, 7]) await sameBothWays(text, `${label} (chunks of ${size})`, size);
}

const unit = suite('events: learned record shapes');

unit('a record of the learned shape gives the values the scanner gives', () => {
  const notes = emptyNotes();
  const learned = readXmlRecord(RECORD, LIMITS, notes);
  const shape = learnShape(RECORD, notes);
  assert.ok(learned !== null && shape !== null);
  const next = withData(RECORD.replace(/SystemTime='[^']*'/, "SystemTime='2025-03-12T09:00:00.1234567Z'"), 3, 'ws9999.contoso.com');
  const text = `  ${next}  `;
  const hit = matchShape(shape, text, 2, LIMITS);
  assert.equal(hit, { end: 2 + next.length, values: readXmlRecord(next, LIMITS) });
});

unit('records outside the learned shape are not matched', () => {
  const notes = emptyNotes();
  readXmlRecord(RECORD, LIMITS, notes);
  const shape = learnShape(RECORD, notes)!;
  for (const other of [
    withData(RECORD, 1, 'a &amp; b'),
    withData(RECORD, 1, 'a > b'),
    withProvider('x>Microsoft-Windows-Security-SPP'),
    RECORD.replace('<Level>', '<Level ><!-- -->'),
    withData(RECORD, 0, 'a\rb'),
    RECORD.slice(0, -1),
  ]) {
    assert.is(matchShape(shape, other, 0, LIMITS), null, other.slice(0, 60));
  }
});

unit('a record whose read element holds an element is not learned', () => {
  const nested = withData(RECORD, 1, 'a<b/>c');
  const notes = emptyNotes();
  assert.ok(readXmlRecord(nested, LIMITS, notes) !== null);
  assert.is(learnShape(nested, notes), null);
});

unit.run();

const hostile = suite('events: learned shapes = saxes on hostile later records');

/** Hostile text in the third Data element. */
const inData: Array<[label: string, text: string]> = [
  ['predefined entities in Data', 'a &lt;&amp;&gt; &quot;b&apos;'],
  ['a character reference', '&#x41;&#66;'],
  ['an undefined entity', '&nbsp;'],
  ['a bare ampersand', 'a & b'],
  ['CDATA in Data', '<![CDATA[x < y & ]]>'],
  ['a comment in Data', 'ws<!-- c -->01'],
  ["'>' in text", 'a > b'],
  [']]> in text', 'a ]]> b'],
  ['an LF and a tab in text', 'a\n\tb'],
  ['CRLF in text', 'a\r\nb'],
  ['a lone CR in text', 'a\rb'],
  ['a control character', 'a\u0001b'],
  ['U+FFFE', 'a\uFFFEb'],
  ['a lone surrogate', 'a\uD800b'],
  ['a surrogate pair', 'ws-🙂.contoso.com'],
  ['multi-byte characters', 'rechner-größe-日本語.contoso.com'],
  ['an element inside Data', 'a<b/>c'],
];

/** Hostile text in the Provider Name attribute. */
const inProviderName: Array<[label: string, name: string]> = [
  ['an entity in an attribute', 'SPP &amp; more'],
  ["'>' in an attribute value", 'a>b'],
  ["'<' in an attribute value", 'a<b'],
  ['the other quote inside a value', 'say "hi"'],
];

/** Hostile markup anywhere else in the record. */
const otherMarkup: Array<[label: string, record: string]> = [
  ['a comment between elements', RECORD.replace('<Level>', '<!-- c --><Level>')],
  ['a processing instruction', RECORD.replace('<Level>', '<?pi x?><Level>')],
  ['a tab and an LF in an attribute value', RECORD.replace("SystemTime='", "SystemTime='\t\n")],
  ['another event id (Data not kept)', RECORD.replace('>12290</EventID>', '>4624</EventID>')],
  ['no readable event id', RECORD.replace('>12290</EventID>', '>x</EventID>')],
  ['Provider without its Name', RECORD.replace("<Provider Name='Microsoft-Windows-Security-SPP'", '<Provider')],
  ['an empty Data element', RECORD.replace(/<Data>[^<]*<\/Data>/, '<Data/>')],
  ['an extra attribute', RECORD.replace('<Provider ', "<Provider x='1' ")],
  ['a duplicate attribute', RECORD.replace("<Provider Name='", "<Provider Name='a' Name='")],
  ['whitespace inside a tag', RECORD.replace('<Level>', '<Level >')],
  ['an end tag with whitespace', `${RECORD.slice(0, -'</Event>'.length)}</Event >`],
  ['a mismatched end tag', RECORD.replace('</Level>', '</Levl>')],
  ['a record cut off', RECORD.slice(0, 400)],
  ['a DOCTYPE', `<!DOCTYPE x [<!ENTITY a "b">]>\r\n${RECORD}`],
  ['more Data than the limit', RECORD.replace('</EventData>', '<Data>x</Data>'.repeat(260) + '</EventData>')],
];

const variants: Array<[label: string, record: string]> = [
  ...inData.map(([label, text]): [string, string] => [label, withData(RECORD, 2, text)]),
  ...inProviderName.map(([label, name]): [string, string] => [label, withProvider(name)]),
  ...otherMarkup,
];

for (const [label, variant] of variants) hostile(label, () => sameInChunks(file(variant), label));

hostile('Data kept or not by each record own id, whichever id taught the shape', async () => {
  const other = RECORD.replace('>12290</EventID>', '>4624</EventID>');
  await sameInChunks([other, RECORD, other, other, RECORD, RECORD, other].join('\r\n'), 'ids alternating');
  // Taught by a record whose Data is not kept, then one of the same markup over the Data limit.
  const many = (id: string) => RECORD.replace('>12290</EventID>', `>${id}</EventID>`).replace('</EventData>', '<Data>x</Data>'.repeat(260) + '</EventData>');
  await sameInChunks([many('4624'), many('4624'), many('12290')].join('\r\n'), 'over the Data limit after a shape without kept Data');
});

hostile('records too large to learn from are read the same', async () => {
  const many = RECORD.replace('<Level>', '<x/>'.repeat(40_000) + '<Level>');
  const notes = emptyNotes();
  assert.ok(readXmlRecord(many, LIMITS, notes) !== null);
  assert.is(learnShape(many, notes), null);
  await sameBothWays([many, many, RECORD, many].join('\r\n'), 'records of 40,000 elements');
});

hostile('EventData before System', async () => {
  const system = /<System>.*<\/System>/.exec(RECORD)![0];
  const eventData = /<EventData>.*<\/EventData>/.exec(RECORD)![0];
  const swapped = RECORD.replace(system, '\u0000').replace(eventData, system).replace('\u0000', eventData);
  const other = swapped.replace('>12290</EventID>', '>4624</EventID>');
  await sameInChunks([swapped, swapped, other, swapped].join('\r\n'), 'EventData first');
});

hostile('a file cut anywhere in its last record', async () => {
  const text = file(withData(RECORD, 2, 'ws0003.contoso.com'));
  for (let end = text.length - RECORD.length - 4; end < text.length; end += 37) await sameBothWays(text.slice(0, end), `cut at ${end}`, 13);
});

hostile('multi-byte characters cut between byte chunks', async () => {
  const records = Array.from({ length: 30 }, (_, i) => withData(RECORD, 2, `rechner-${'größe-日本語-🙂'.repeat(i % 4)}-${i}.contoso.com`));
  const bytes = Buffer.from(records.join('\r\n'), 'utf8');
  for (const size of [1, 2, 3, 5, 64, 1021]) {
    const outcomes = [];
    for (const fastPath of [true, false]) {
      const events: unknown[] = [];
      const sink: EventSink = { event: (e) => void events.push(e), skip: () => undefined, warn: () => undefined };
      const decoder = createStreamDecoder('utf-8');
      async function* chunks(): AsyncGenerator<string> {
        for (let i = 0; i < bytes.length; i += size) yield decoder.write(bytes.subarray(i, i + size));
        yield decoder.end();
      }
      await readXmlEvents(chunks(), sink, 'in.xml', { fastPath });
      outcomes.push(events);
    }
    assert.is(outcomes[0]!.length, 30);
    assert.equal(outcomes[0], outcomes[1], `byte chunks of ${size}`);
  }
});

hostile.run();

const fuzz = suite('events: learned shapes = saxes, fuzzed');

/** Characters that end, start or change markup, and ones the fast path must decline. */
const HOSTILE_TEXT = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      '<',
      '>',
      '&',
      ';',
      "'",
      '"',
      ']',
      '\r',
      '\n',
      '\t',
      '\u0001',
      'é',
      '日',
      '\uD83D',
      '\uDE42',
      '\uFFFE',
      'amp',
      '&lt;',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '/>',
      '</Data>',
      '<Data>',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

fuzz('hostile values in records after the shape is learned', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(9), HOSTILE_TEXT, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.integer({ min: 5, max: 300 }), async (changes, size) => {
      const records = [RECORD, RECORD];
      for (const [n, text, inAttribute] of changes) {
        records.push(inAttribute ? withProvider(text) : withData(RECORD, n, text));
      }
      records.push(RECORD);
      await sameBothWays(records.join('\r\n'), JSON.stringify(changes), size);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
  );
});

fuzz.run();
