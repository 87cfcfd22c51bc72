/**
 * Event readers against hostile and broken input: entity-expansion (billion laughs) and
 * external-entity (XXE) documents, declarations split across read chunks, deep nesting, huge
 * text, broken and truncated files in every format — each refused fast with a one-line
 * UsageError, or read up to the cut with a warning — plus a generated export of 200,000
 * events read in bounded memory, and fuzzing of the field parser and the readers.
 */

import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Message } from '../../src/catalog/message.js';
import { UsageError } from '../../src/core/usage-error.js';
import { parseEventFields, parseEventTime } from '../../src/events/fields.js';
import { readEventFile, readEventText } from '../../src/events/read-events.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';
import { said } from '../helpers/said.js';

const SAMPLES = fileURLToPath(new URL('../../samples/events/', import.meta.url));
const sampleText = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

const rejects = rejectsWithUsageError;

const execFileAsync = promisify(execFile);
const READ_EVENTS_CHILD = fileURLToPath(new URL('../helpers/read-events-child.ts', import.meta.url));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kmsd-hostile-'));
}

const XMLNS = 'http://schemas.microsoft.com/win/2004/08/events/event';
const EVENT_12290 = (rec: number, time: string) =>
  `<Event xmlns='${XMLNS}'><System><Provider Name='Microsoft-Windows-Security-SPP' Guid='{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}' EventSourceName='KmsRequests'/><EventID Qualifiers='16384'>12290</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${rec}</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>Key Management Service</Channel><Computer>kms01.contoso.com</Computer><Security/></System><EventData><Data></Data><Data>0x0</Data><Data>25</Data><Data>ws${rec % 5000}.contoso.com</Data><Data>5f0c2b8e-7d41-4a93-b6e2-${rec.toString(16).padStart(12, '0')}</Data><Data>2025/3/12 7:31</Data><Data>0</Data><Data>2</Data><Data>43020</Data><Data>73111121-5638-40f6-bc11-f1d7b0d64300</Data></EventData></Event>\r\n`;

// ---------------------------------------------------------------------------------------------
const entities = suite('events hostile: DOCTYPE and entities');

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Event xmlns="${XMLNS}"><System><EventID>12294</EventID><TimeCreated SystemTime="2025-03-12T09:15:03Z"/></System><EventData><Data>&lol9;</Data></EventData></Event>
`;

entities('billion laughs: refused at once, in bounded memory', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'lolz.xml');
    writeFileSync(path, BILLION_LAUGHS);
    const before = process.memoryUsage().rss;
    await rejects(readEventFile(path), path, 'DOCTYPE or ENTITY declaration is refused');
    assert.ok(process.memoryUsage().rss - before < 32 * 1024 * 1024, 'no expansion happened');
    await rejects(readEventText(BILLION_LAUGHS), 'DOCTYPE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

entities('external entities (XXE, parameter entities): refused, nothing fetched or read', async () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE Event [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Event xmlns="${XMLNS}"><System><EventID>12294</EventID><TimeCreated SystemTime="2025-03-12T09:15:03Z"/></System><EventData><Data>&xxe;</Data></EventData></Event>`;
  const err = await rejects(readEventText(xxe, { name: 'xxe.xml' }), 'xxe.xml', 'DOCTYPE or ENTITY');
  assert.not.match(err.message, /root:/);
  await rejects(readEventText(`<!DOCTYPE r SYSTEM "http://192.0.2.1/evil.dtd"><Event/>`), 'DOCTYPE');
  await rejects(readEventText(`<!DOCTYPE r [<!ENTITY % p SYSTEM "http://192.0.2.1/p.dtd"> %p;]><Event/>`), 'DOCTYPE');
  // An ENTITY declaration with no DOCTYPE around it, after valid events.
  await rejects(readEventText(`${EVENT_12290(1, '2025-03-12T07:31:05Z')}<!ENTITY x "y">`), 'ENTITY');
});

entities('an undeclared entity reference is a well-formedness error, not an expansion', async () => {
  const doc = `<Event xmlns="${XMLNS}"><System><EventID>12294</EventID><TimeCreated SystemTime="2025-03-12T09:15:03Z"/></System><EventData><Data>&xxe;</Data></EventData></Event>`;
  await rejects(readEventText(doc, { name: 'ref.xml' }), 'ref.xml', /not well-formed XML at line 1, column \d+: .*entity/i);
});

entities('a DOCTYPE split across two 64 KiB reads is still caught', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'split.xml');
    // The first read ends inside "<!DOCTYPE"; a comment pads the prolog.
    const pad = `<!--${' '.repeat(65532 - 7)}-->`;
    writeFileSync(path, `${pad}<!DOCTYPE x [<!ENTITY a "b">]><Event/>`);
    assert.is(Buffer.byteLength(pad), 65532);
    await rejects(readEventFile(path), 'DOCTYPE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

entities.run();

// ---------------------------------------------------------------------------------------------
const limits = suite('events hostile: depth, size and broken files');

limits('deep nesting: refused after the depth limit, fast', async () => {
  const deep = '<a>'.repeat(200_000) + '</a>'.repeat(200_000);
  await rejects(readEventText(deep, { name: 'deep.xml' }), 'deep.xml', 'deeper than 64');
  const deepJson = '['.repeat(200_000) + ']'.repeat(200_000);
  await rejects(readEventText(deepJson, { name: 'deep.json' }), 'deep.json', 'deeper than 64');
});

limits('a 24 MB text node, comment or JSON string: refused early, in bounded memory', async () => {
  const dir = tempDir();
  try {
    const big = 'A'.repeat(24 * 1024 * 1024);
    const cases: Array<[string, string, string]> = [
      ['text.xml', `<Event xmlns="${XMLNS}"><System><EventID>12294</EventID></System><EventData><Data>${big}</Data></EventData></Event>`, 'longer than'],
      ['comment.xml', `<Event><!-- <> ${big} --></Event>`, 'longer than'],
      ['attr.xml', `<Event a="${big}"/>`, 'longer than'],
      ['string.json', `[{"Id": 12294, "Message": "${big}"}]`, 'larger than'],
      ['record.csv', `Id,TimeCreated,Message\n12294,2025-03-12T09:15:03Z,"${big}"\n`, 'longer than'],
    ];
    for (const [name, content, mention] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const before = process.memoryUsage().rss;
      await rejects(readEventFile(path), path, mention);
      const growth = process.memoryUsage().rss - before;
      assert.ok(growth < 64 * 1024 * 1024, `${name}: RSS grew ${(growth / 1048576).toFixed(0)} MiB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

limits('too many attributes or Data elements', async () => {
  const attrs = Array.from({ length: 300 }, (_, i) => `a${i}="x"`).join(' ');
  await rejects(readEventText(`<Event ${attrs}/>`), 'more than 256 attributes');
  const data = '<Data>x</Data>'.repeat(300);
  await rejects(readEventText(`<Event><System><EventID>12290</EventID></System><EventData>${data}</EventData></Event>`), 'more than 256 Data');
});

limits('broken XML: a clear UsageError with the position, never a hang', async () => {
  const sample = sampleText('client-wevtutil.xml');
  const lines = sample.split('\r\n');
  const mismatched = [...lines.slice(0, 3), lines[3]!.replace('</System>', '</Sytem>'), ...lines.slice(4)].join('\r\n');
  await rejects(readEventText(mismatched, { name: 'broken.xml' }), 'broken.xml', /not well-formed XML at line 4, column \d+/);
  await rejects(readEventText(`${lines[0]}\r\n</Events>\r\n${lines[1]}`), /not well-formed XML at line 2/);
  await rejects(readEventText(`<Event><System><EventID>12288</EventID></System><Event attr=noquotes/></Event>`), 'not well-formed XML');
  await rejects(readEventText('<Event>\u0001</Event>'), 'binary data');
  await rejects(readEventText('<?xml version="1.0"'), 'declaration is not closed');
});

limits('truncated XML: the complete events before the cut, with a warning', async () => {
  const sample = sampleText('client-wevtutil.xml');
  const cut = sample.slice(0, sample.length - 400);
  const dir = tempDir();
  try {
    const path = join(dir, 'cut.xml');
    writeFileSync(path, cut);
    const r = await readEventFile(path);
    assert.is(r.events.length + r.skipped, 7, 'all but the last (oldest) event');
    assert.equal(
      r.events.map((e) => e.recordId),
      [48392, 48391, 48203, 48202, 48201],
    );
    assert.ok(
      said(r.warnings).some((w) => /ends in the middle of the XML \(truncated\?\); the 7 complete <Event> elements/.test(w)),
      said(r.warnings).join(' | '),
    );
    // Cut inside the root of an Event Viewer file (events complete, </Events> missing).
    const pub = sampleText('host-publishing.xml');
    const r2 = await readEventText(pub.slice(0, pub.indexOf('</Events>')));
    assert.is(r2.events.length, 4);
    assert.ok(said(r2.warnings).some((w) => /truncated/.test(w)));
    // Cut before the first event is complete: nothing to read.
    await rejects(readEventText(sample.slice(0, 300), { name: 'short.xml' }), 'short.xml', 'before the first complete <Event>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

limits('broken and truncated JSON', async () => {
  const sample = sampleText('client-get-winevent.json');
  await rejects(readEventText('[{"Id": 12288,, }]', { name: 'bad.json' }), 'bad.json', 'not valid JSON');
  await rejects(readEventText(`${sample.trim()} {"Id": 1}`, { name: 'two.json' }), 'two.json', 'not valid JSON');
  const cut = sample.slice(0, sample.indexOf('"Id":  12288'));
  const r = await readEventText(cut);
  assert.equal(
    r.events.map((e) => e.id),
    [8198, 12289],
  );
  assert.ok(said(r.warnings).some((w) => /ends in the middle of the JSON \(truncated\?\); the 2 complete events/.test(w)));
  await rejects(readEventText('{"Id": 12288, "TimeCr', { name: 'one.json' }), 'one.json', 'before the first complete event');
});

limits('broken and truncated CSV', async () => {
  const text = 'Id,TimeCreated,Properties\n12294,2025-03-12T09:15:03Z,contoso.com\n12294,2025-03-12T09:16:03Z,"fabrikam';
  const r = await readEventText(text);
  assert.equal(
    r.events.map((e) => e.data),
    [['contoso.com']],
  );
  assert.ok(said(r.warnings).some((w) => /ends in the middle of a CSV record/.test(w)));
  const short = await readEventText('Id,TimeCreated,MachineName,Properties\n12294,2025-03-12T09:15:03Z,kms02,contoso.com\n12294,2025-03-12T09:1');
  assert.is(short.events.length, 1);
  assert.ok(said(short.warnings).some((w) => /truncated/.test(w)));
  const wide = 'Id,TimeCreated,' + Array.from({ length: 1100 }, (_, i) => `c${i}`).join(',') + '\n';
  await rejects(readEventText(wide, { name: 'wide.csv' }), 'wide.csv', 'more than 1024 columns');
});

limits.run();

// ---------------------------------------------------------------------------------------------
const large = suite('events hostile: a large export in bounded memory');

large('200,000 events (~160 MB) read from a file keeping the newest 50: RSS growth < 150 MB', async () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'kms-host.xml');
    const N = 200_000;
    const base = Date.UTC(2024, 0, 1);
    const fd = openSync(path, 'w');
    try {
      // wevtutil /rd:true order (newest first) for the first half, oldest first for the rest.
      let batch = '';
      for (let k = 0; k < N; k++) {
        const i = k < N / 2 ? N / 2 - 1 - k : k;
        const time = new Date(base + i * 60_000).toISOString().replace('Z', '0000Z');
        batch += i % 10 === 9 ? EVENT_12290(i + 1, time).replace('>12290<', '>1003<') : EVENT_12290(i + 1, time);
        if (batch.length > 1 << 20) {
          writeSync(fd, batch);
          batch = '';
        }
      }
      writeSync(fd, batch);
    } finally {
      closeSync(fd);
    }
    const size = statSync(path).size;
    assert.ok(size > 100 * 1024 * 1024, `file is ${size} bytes`);

    // A 48 MB heap for a file of over 100 MB: only a streaming reader that keeps the newest 50 fits.
    const child = await execFileAsync(process.execPath, ['--max-old-space-size=48', '--import', 'tsx', READ_EVENTS_CHILD, path, '50'], { maxBuffer: 16 * 1024 * 1024 });
    const r = JSON.parse(child.stdout) as { format: string; skipped: number; warnings: Message[]; recordIds: number[]; newestTime: string; newestKind: string };

    assert.is(r.format, 'xml');
    assert.is(r.recordIds.length, 50);
    assert.is(r.skipped, N / 10, 'the 1003s');
    assert.equal(said(r.warnings), [`kept the newest 50 of ${N - N / 10} activation events (maxEvents 50)`]);
    // The newest 50 non-1003 events: minutes N-1 down, skipping every i % 10 === 9.
    const expected: number[] = [];
    for (let i = N - 1; expected.length < 50; i--) if (i % 10 !== 9) expected.push(i + 1);
    assert.equal(r.recordIds, expected);
    assert.is(r.newestTime, new Date(base + (N - 2) * 60_000).toISOString());
    assert.is(r.newestKind, 'host-request');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

large.run();

// ---------------------------------------------------------------------------------------------
const fuzz = suite('events hostile: fuzzing');

const ids = fc.constantFrom(12288, 12289, 12290, 12293, 12294, 8198, 1003, 0, -1, 65536, Number.NaN);
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '0x0',
    '0xC004F074',
    '0x',
    '0xFFFFFFFFF',
    'hr=0xC004F074',
    'hr=',
    '[::1]:1688',
    '[',
    ']:',
    'kms:0',
    'kms:65536',
    '36f27b39-2fd5-440b-be67-a09996d27a38',
    '{36F27B39-2FD5-440B-BE67-A09996D27A38}',
    '',
    ' ',
    ',',
    '99999999999',
    '-5',
    'RuleId=x',
  ),
);
const dataArb = fc.oneof(
  fc.array(piece, { maxLength: 14 }),
  fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => [parts.join(', ')]),
  fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => [parts.join(',')]),
);

fuzz('parseEventFields never throws; results are well-formed', () => {
  fc.assert(
    fc.property(ids, dataArb, (id, data) => {
      const f = parseEventFields(id, data);
      if (f === null) return;
      const kinds: Record<number, string> = { 12288: 'request', 12289: 'response', 12290: 'host-request', 12293: 'publish-failed', 12294: 'publish-ok', 8198: 'activation-failed' };
      assert.is(f.kind, kinds[id]);
      if ('hresult' in f) assert.match(f.hresult, /^0x[0-9A-F]{8}$/);
      if (f.kind === 'request') {
        assert.ok(f.port === null || (Number.isInteger(f.port) && f.port >= 1 && f.port <= 65535));
        assert.ok(f.cmid === null || /^[0-9a-f-]{36}$/.test(f.cmid));
      }
      if (f.kind === 'host-request') assert.ok(f.cmid !== null && /^[0-9a-f-]{36}$/.test(f.cmid));
    }),
    { numRuns: 3000 },
  );
  // Values that are not strings at run time (a JSON reader bug, say) do not throw either.
  assert.is(parseEventFields(12288, [null as unknown as string]), null);
  assert.is(parseEventFields(12290, undefined as unknown as string[]), null);
});

fuzz('parseEventTime never throws and stays within years 1601–9999', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.integer().map((n) => `/Date(${n})/`),
      ),
      (s) => {
        const t = parseEventTime(s);
        if (t !== null) assert.ok(t.ms >= Date.UTC(1601, 0, 1) && t.ms <= Date.UTC(9999, 11, 31, 23, 59, 59, 999));
      },
    ),
    { numRuns: 2000 },
  );
});

/** Reads mutated text; only a result or a UsageError is acceptable. */
async function survives(text: string): Promise<void> {
  try {
    const r = await readEventText(text);
    for (const e of r.events) assert.match(e.timeCreated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  } catch (err) {
    if (!(err instanceof UsageError)) throw new Error(`not a UsageError for ${JSON.stringify(text.slice(0, 200))}: ${String(err)}`);
    assert.not.match(err.message, /\n/);
  }
}

const mutation = (len: number) =>
  fc.array(
    fc.record({
      at: fc.nat({ max: len }),
      del: fc.nat({ max: 40 }),
      ins: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('<', '>', '"', "'", '&', '&amp;', '<!DOCTYPE', ']]>', '<![CDATA[', '</Event>', '<Event>', ',', '\n', '{', '[', ']', '}', '\\', '\u0000'),
      ),
    }),
    { minLength: 1, maxLength: 6 },
  );
function mutate(text: string, ms: Array<{ at: number; del: number; ins: string }>): string {
  let s = text;
  for (const m of ms) {
    const at = Math.min(m.at, s.length);
    s = s.slice(0, at) + m.ins + s.slice(at + m.del);
  }
  return s;
}

for (const name of ['client-wevtutil.xml', 'host-publishing.xml', 'client-get-winevent.json', 'client-export.csv', 'client-export-pwsh7-ja.csv']) {
  fuzz(`mutated ${name}: a result or a UsageError, never another error or a hang`, async () => {
    const text = sampleText(name);
    await fc.assert(
      fc.asyncProperty(mutation(text.length), async (ms) => survives(mutate(text, ms))),
      { numRuns: 300 },
    );
  });
}

fuzz('arbitrary strings: a result or a UsageError', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => survives(s)),
    { numRuns: 500 },
  );
});

fuzz.run();
