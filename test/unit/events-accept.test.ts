/**
 * The one per-record acceptance every event reader uses (src/events/accept-record.ts): what is
 * kept, what is skipped and why, when the values are looked at, and that XML, JSON and CSV
 * exports of the same records therefore give the same events and the same skips.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Message, msg } from '../../src/catalog/message.js';
import { render } from '../../src/catalog/render.js';
import { type AcceptPolicy, acceptRecord, FROM_MESSAGE_WARNING, NO_FIELDS_WARNING, type RawRecord } from '../../src/events/accept-record.js';
import type { EventSink } from '../../src/events/fields.js';
import { readEventText } from '../../src/events/read-events.js';
import type { KmsEvent } from '../../src/snapshot/model.js';
import { said } from '../helpers/said.js';

const INFO_12288 = '0x0, 0x0, kms01.contoso.com:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2025/03/11 09:02, 0, 1, 249120, 73111121-5638-40f6-bc11-f1d7b0d64300, 25';

class Recorder implements EventSink {
  events: KmsEvent[] = [];
  /** Skip reasons as English says them (null: not an activation event). */
  skips: Array<string | null> = [];
  warnings: Message[] = [];
  event(event: KmsEvent): void {
    this.events.push(event);
  }
  skip(reason: Message | null): void {
    this.skips.push(reason && render(reason));
  }
  warn(message: Message): void {
    this.warnings.push(message);
  }
}

const NO_ZONE = msg('input-note.events.unzoned');
const POLICY: AcceptPolicy = { idName: 'EventID', timeName: 'TimeCreated SystemTime', unzonedWarning: NO_ZONE, maxEventChars: 400 };

function record(overrides: Partial<RawRecord> = {}): RawRecord {
  return {
    id: 12288,
    time: '2025-03-11T09:02:17.447Z',
    recordId: 7,
    provider: 'Microsoft-Windows-Security-SPP',
    log: 'Application',
    computer: 'ws0142.contoso.com',
    data: () => [INFO_12288],
    ...overrides,
  };
}

const unit = suite('events: acceptRecord');

unit('an activation event with a readable id and time is kept, its fields parsed', () => {
  const sink = new Recorder();
  acceptRecord(sink, record(), POLICY);
  assert.is(sink.events.length, 1);
  assert.is(sink.events[0]!.timeCreated, '2025-03-11T09:02:17.447Z');
  assert.is(sink.events[0]!.fields?.kind, 'request');
  assert.equal([sink.skips, sink.warnings], [[], []]);
});

unit("skips say why, in the reader's own words; the values are not even looked at", () => {
  const sink = new Recorder();
  let looked = 0;
  const data = () => {
    looked++;
    return [INFO_12288];
  };
  acceptRecord(sink, record({ id: null, data }), POLICY);
  acceptRecord(sink, record({ id: 4624, data }), POLICY);
  acceptRecord(sink, record({ time: null, data }), POLICY);
  acceptRecord(sink, record({ time: 'yesterday', data }), POLICY);
  assert.equal(sink.skips, ['had no readable EventID', null, 'had no readable TimeCreated SystemTime', 'had no readable TimeCreated SystemTime']);
  assert.is(looked, 0);
  assert.equal(sink.events, []);
});

unit("a time without a zone is kept with the reader's warning; a reader's own time parser is used", () => {
  const sink = new Recorder();
  const seen: string[] = [];
  acceptRecord(sink, record({ time: '3/11/2025 9:02:17 AM' }), {
    ...POLICY,
    parseTime: (raw) => {
      seen.push(raw);
      return { ms: Date.UTC(2025, 2, 11, 9, 2, 17), zoned: false, ambiguous: false, dayFirst: null };
    },
  });
  assert.equal(seen, ['3/11/2025 9:02:17 AM']);
  assert.equal(sink.warnings, [NO_ZONE]);
  assert.is(sink.events.length, 1);
});

unit('more characters than the policy keeps: skipped, with where the record is', () => {
  const sink = new Recorder();
  acceptRecord(sink, record({ data: () => ['x'.repeat(500)] }), { ...POLICY, line: 12 });
  assert.equal(sink.skips, ['carried more than 400 characters of data (line 12)']);
});

unit('the Message is read only when the values are missing, with a warning either way', () => {
  const sink = new Recorder();
  let read = 0;
  const message = () => {
    read++;
    return `Info:\r\n${INFO_12288}`;
  };
  acceptRecord(sink, record({ message }), POLICY);
  assert.is(read, 0, 'values present: Message not read');
  acceptRecord(sink, record({ data: () => null, message }), POLICY);
  assert.is(read, 1);
  assert.equal(sink.events[1]!.data, [INFO_12288]);
  assert.ok(sink.warnings.includes(FROM_MESSAGE_WARNING));
  acceptRecord(sink, record({ data: () => null, message: () => 'Info: unreadable' }), POLICY);
  assert.is(sink.events[2]!.fields, null);
  assert.ok(sink.warnings.includes(NO_FIELDS_WARNING));
  acceptRecord(sink, record({ data: () => null }), POLICY);
  assert.equal(sink.events[3]!.data, []);
});

unit.run();

const same = suite('events: the three readers accept the same records the same way');

/** One kept 12288, one 4624 (not an activation event), one without a time, one too large. */
const RECORDS = [
  { id: '12288', time: '2025-03-11T09:02:17.447Z', data: INFO_12288 },
  { id: '4624', time: '2025-03-11T09:03:00.000Z', data: 'S-1-5-18' },
  { id: '12289', time: 'not a time', data: '0x0, 0x0, 1, 0, 30, 120, 10080, 2025/03/11 09:02' },
  { id: '12288', time: '2025-03-11T09:04:00.000Z', data: 'y'.repeat(9000) },
];

const asXml = () =>
  RECORDS.map(
    (r) =>
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>${r.id}</EventID><TimeCreated SystemTime='${r.time}'/><Computer>ws0142.contoso.com</Computer></System><EventData><Data>${r.data}</Data></EventData></Event>`,
  ).join('\n');
const asJson = () => JSON.stringify(RECORDS.map((r) => ({ Id: Number(r.id), TimeCreated: r.time, MachineName: 'ws0142.contoso.com', Properties: [{ Value: r.data }] })));
const asCsv = () => ['"Id","TimeCreated","MachineName","Properties"', ...RECORDS.map((r) => `"${r.id}","${r.time}","ws0142.contoso.com","${r.data}"`)].join('\r\n');

same('XML, JSON and CSV: the same events, the same number skipped', async () => {
  const results = await Promise.all([asXml(), asJson(), asCsv()].map((text) => readEventText(text)));
  assert.equal(
    results.map((r) => r.format),
    ['xml', 'json', 'csv'],
  );
  for (const r of results) {
    assert.equal(
      r.events.map((e) => [e.id, e.timeCreated, e.computer, e.fields?.kind]),
      [[12288, '2025-03-11T09:02:17.447Z', 'ws0142.contoso.com', 'request']],
      r.format,
    );
    assert.is(r.skipped, 3, r.format);
    assert.ok(
      said(r.warnings).some((w) => /1 event record carried more than 8192 characters of data/.test(w)),
      `${r.format}: ${said(r.warnings).join(' | ')}`,
    );
    assert.ok(
      said(r.warnings).some((w) => /1 event record had no readable TimeCreated/.test(w)),
      r.format,
    );
  }
});

same.run();
