/**
 * Event exports (src/events/): the field parser against the documented samples (kms-facts.md
 * §4.3–4.6), each reader against every sample in samples/events/ with asserted values and
 * against the other shapes the readers accept, format sniffing and its refusals, and the
 * pairing of 12288/12289 into attempts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeEvents, pairAttempts, publishingByDomain } from '../../src/events/attempts.js';
import { normalizeHresult, parseEventFields, parseEventTime, parseHostPort } from '../../src/events/fields.js';
import { type ReadEventsResult, readEventFile, readEventText } from '../../src/events/read-events.js';
import type { KmsEvent, KmsEventFields } from '../../src/snapshot/model.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';
import { said } from '../helpers/said.js';

const SAMPLES = fileURLToPath(new URL('../../samples/events/', import.meta.url));
const sample = (name: string) => join(SAMPLES, name);

const rejects = rejectsWithUsageError;

function fieldsOf<K extends KmsEventFields['kind']>(e: KmsEvent | undefined, kind: K): Extract<KmsEventFields, { kind: K }> {
  assert.ok(e, 'event present');
  assert.ok(e!.fields, `event ${e!.id} has fields`);
  assert.is(e!.fields!.kind, kind);
  return e!.fields as Extract<KmsEventFields, { kind: K }>;
}

const XMLNS = 'http://schemas.microsoft.com/win/2004/08/events/event';
function xmlEvent(id: number, time: string, rec: number, data: string[], extra: { computer?: string; channel?: string; named?: boolean } = {}): string {
  const d = data.map((x, i) => (extra.named ? `<Data Name='param${i + 1}'>${x}</Data>` : `<Data>${x}</Data>`)).join('');
  return (
    `<Event xmlns='${XMLNS}'><System><Provider Name='Microsoft-Windows-Security-SPP' Guid='{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}' EventSourceName='Software Protection Platform Service'/>` +
    `<EventID Qualifiers='16384'>${id}</EventID><Level>4</Level><TimeCreated SystemTime='${time}'/><EventRecordID>${rec}</EventRecordID>` +
    `<Channel>${extra.channel ?? 'Application'}</Channel><Computer>${extra.computer ?? 'ws0142.contoso.com'}</Computer></System><EventData>${d}</EventData></Event>`
  );
}

// kms-facts.md §4.3–4.5 samples.
const SA_12288 = '0xC004F06C, 0x00000000, kms01.contoso.com:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2010/09/29 17:52, 0, 2, 41760, 68531fb9-5511-4989-97be-d11a0f55633f, 5';
const AZ_12288 = '0xC004F06C, 0x00000000, azkms.core.windows.net:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2024/05/02 10:11, 1, 5, 0, 34e1ae55-27f8-4950-8877-7a03be5fb181, ';
const SA_12289 = '0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06';
const SA_12290 = '0xC004F06C,5,client07.contoso.com,36f27b39-2fd5-440b-be67-a09996d27a38,2010/9/29 21:46,0,2,41520,68531fb9-5511-4989-97be-d11a0f55633f';
const FIELDS_12290 = SA_12290.split(',');

// ---------------------------------------------------------------------------------------------
const fields = suite('events: parseEventFields');

fields('12288: the single comma-joined Data element, split and trimmed', () => {
  assert.equal(parseEventFields(12288, [SA_12288]), {
    kind: 'request',
    hresult: '0xC004F06C',
    host: 'kms01.contoso.com',
    port: 1688,
    cmid: '36f27b39-2fd5-440b-be67-a09996d27a38',
    clientTime: '2010/09/29 17:52',
    isVm: false,
    licenseState: 2,
    minutesToExpiry: 41760,
    activationId: '68531fb9-5511-4989-97be-d11a0f55633f',
    minimumCount: 5,
  });
});

fields('12288: empty trailing minimum count (no response), VM flag, notification state', () => {
  const f = fieldsOf({ fields: parseEventFields(12288, [AZ_12288]) } as KmsEvent, 'request');
  assert.is(f.host, 'azkms.core.windows.net');
  assert.is(f.isVm, true);
  assert.is(f.licenseState, 5);
  assert.is(f.minutesToExpiry, 0);
  assert.is(f.minimumCount, null);
});

fields('12288: HRESULTs normalised to 0x + 8 upper-case digits; the fields as separate Data work too', () => {
  const short = parseEventFields(12288, [
    '0x0, 0x0, kms01.contoso.com:1688, {36F27B39-2FD5-440B-BE67-A09996D27A38}, 2025/01/01 00:00, 0, 2, 43199, 68531fb9-5511-4989-97be-d11a0f55633f, 25',
  ]);
  const f = fieldsOf({ fields: short } as KmsEvent, 'request');
  assert.is(f.hresult, '0x00000000');
  assert.is(f.cmid, '36f27b39-2fd5-440b-be67-a09996d27a38', 'braces dropped, lower case');
  const lower = fieldsOf({ fields: parseEventFields(12288, SA_12288.replace('0xC004F06C', '0xc004f06c').split(', ')) } as KmsEvent, 'request');
  assert.is(lower.hresult, '0xC004F06C');
  assert.is(lower.minimumCount, 5);
});

fields('12288: host:port forms — IPv6 in brackets, bare IPv6, no port, bad port', () => {
  const host = (hp: string) => {
    const f = fieldsOf({ fields: parseEventFields(12288, [SA_12288.replace('kms01.contoso.com:1688', hp)]) } as KmsEvent, 'request');
    return [f.host, f.port];
  };
  assert.equal(host('[2001:db8::10]:1688'), ['2001:db8::10', 1688]);
  assert.equal(host('2001:db8::10'), ['2001:db8::10', null]);
  assert.equal(host('kms01.contoso.com'), ['kms01.contoso.com', null]);
  assert.equal(host('kms01.contoso.com:99999'), ['kms01.contoso.com', null]);
  assert.equal(host('192.0.2.10:1788'), ['192.0.2.10', 1788]);
  assert.equal(host(''), [null, null]);
  assert.equal(parseHostPort('[fe80::1%12]'), { host: 'fe80::1%12', port: null });
});

fields('12288: not the documented shape → null', () => {
  assert.is(parseEventFields(12288, ['0xC004F06C, 0x00000000, kms01:1688']), null, 'too few fields');
  assert.is(parseEventFields(12288, [SA_12288.replace('0xC004F06C', 'C004F06C')]), null, 'HRESULT without 0x');
  assert.is(parseEventFields(12288, [SA_12288.replace('0xC004F06C', '0x1C004F06C')]), null, 'more than 8 hex digits');
  assert.is(parseEventFields(12288, []), null);
  // A malformed CMID is null, the rest still parses.
  const f = fieldsOf({ fields: parseEventFields(12288, [SA_12288.replace('36f27b39-2fd5-440b-be67-a09996d27a38', 'not-a-guid')]) } as KmsEvent, 'request');
  assert.is(f.cmid, null);
  assert.is(f.host, 'kms01.contoso.com');
});

fields('12289: activation flag, current count, intervals, client time', () => {
  assert.equal(parseEventFields(12289, [SA_12289]), {
    kind: 'response',
    hresult: '0x00000000',
    activated: true,
    currentCount: 10,
    activationIntervalMinutes: 120,
    renewalIntervalMinutes: 10080,
    clientTime: '2012/12/04 07:06',
  });
  const failed = fieldsOf({ fields: parseEventFields(12289, ['0xC004F038, 0x00000000, 0, 0, 11, 120, 10080']) } as KmsEvent, 'response');
  assert.is(failed.activated, false);
  assert.is(failed.clientTime, null, 'missing timestamp');
  assert.is(parseEventFields(12289, ['0x0, 0x0, 1']), null);
});

fields('12290: one Data split on commas (no spaces) → fields 0–8', () => {
  assert.equal(parseEventFields(12290, [SA_12290]), {
    kind: 'host-request',
    hresult: '0xC004F06C',
    minimumCount: 5,
    clientName: 'client07.contoso.com',
    cmid: '36f27b39-2fd5-440b-be67-a09996d27a38',
    clientTime: '2010/9/29 21:46',
    isVm: false,
    licenseState: 2,
    minutesToExpiry: 41520,
    activationId: '68531fb9-5511-4989-97be-d11a0f55633f',
  });
});

fields('12290: ten Data → 1–9; nine → 0–8; ten where only 0–8 validates → 0–8', () => {
  const ten = fieldsOf({ fields: parseEventFields(12290, ['', ...FIELDS_12290]) } as KmsEvent, 'host-request');
  assert.is(ten.clientName, 'client07.contoso.com');
  assert.is(ten.hresult, '0xC004F06C');
  const nine = fieldsOf({ fields: parseEventFields(12290, FIELDS_12290) } as KmsEvent, 'host-request');
  assert.is(nine.cmid, '36f27b39-2fd5-440b-be67-a09996d27a38');
  const trailing = fieldsOf({ fields: parseEventFields(12290, [...FIELDS_12290, 'extra']) } as KmsEvent, 'host-request');
  assert.is(trailing.minimumCount, 5);
  assert.is(trailing.activationId, '68531fb9-5511-4989-97be-d11a0f55633f');
});

fields('12290: a layout counts only with a 0x HRESULT and a GUID CMID', () => {
  assert.is(
    parseEventFields(
      12290,
      FIELDS_12290.map((f, i) => (i === 3 ? 'CLIENT-CMID' : f)),
    ),
    null,
  );
  assert.is(
    parseEventFields(
      12290,
      FIELDS_12290.map((f, i) => (i === 0 ? '3221549164' : f)),
    ),
    null,
  );
  assert.is(parseEventFields(12290, FIELDS_12290.slice(0, 8)), null, 'eight fields');
});

fields('12293 (HRESULT, domain; either order), 12294 (domain)', () => {
  assert.equal(parseEventFields(12293, ['0x80072338', 'contoso.com']), { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' });
  assert.equal(parseEventFields(12293, ['contoso.com', '0x8007267C']), { kind: 'publish-failed', hresult: '0x8007267C', domain: 'contoso.com' });
  assert.equal(
    parseEventFields(12293, ['-2147015880', 'contoso.com']),
    { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' },
    'decimal HRESULT from a JSON number',
  );
  assert.is(parseEventFields(12293, ['contoso.com']), null);
  assert.equal(parseEventFields(12294, [' contoso.com ']), { kind: 'publish-ok', domain: 'contoso.com' });
  assert.is(parseEventFields(12294, []), null);
});

fields('8198: hr= code and the RuleId context', () => {
  const ctx =
    'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=73111121-5638-40f6-bc11-f1d7b0d64300;NotificationInterval=1440;Trigger=UserLogon;SessionId=1';
  assert.equal(parseEventFields(8198, ['hr=0x80072EE7', ctx]), { kind: 'activation-failed', hresult: '0x80072EE7', context: ctx });
  assert.equal(parseEventFields(8198, ['hr=0xc0020017']), { kind: 'activation-failed', hresult: '0xC0020017', context: null });
  assert.is(parseEventFields(8198, [ctx]), null, 'no hr=');
});

fields('other ids → null; HRESULT normalisation', () => {
  assert.is(parseEventFields(1003, ['55c92734-d682-4d71-983e-d6ec3f16059f']), null);
  assert.is(normalizeHresult('0x0'), '0x00000000');
  assert.is(normalizeHresult('0x00000000C004F074'), '0xC004F074');
  assert.is(normalizeHresult('-1073418124'), '0xC004F074');
  assert.is(normalizeHresult('4294967296'), null);
  assert.is(normalizeHresult('0xZZ'), null);
});

fields.run();

// ---------------------------------------------------------------------------------------------
const times = suite('events: parseEventTime');

times('ISO 8601 with 7 or 9 fraction digits, Z, offsets, no zone', () => {
  assert.equal(parseEventTime('2025-03-10T08:15:02.3456789Z'), { ms: Date.UTC(2025, 2, 10, 8, 15, 2, 345), zoned: true, ambiguous: false, dayFirst: null });
  assert.is(parseEventTime('2025-01-01T00:00:00.000000000Z')!.ms, Date.UTC(2025, 0, 1));
  assert.is(parseEventTime('2023-11-14T23:13:20.1234567+01:00')!.ms, Date.UTC(2023, 10, 14, 22, 13, 20, 123));
  const local = parseEventTime('2025-03-10 08:15:02')!;
  assert.is(local.zoned, false);
  assert.is(local.ms, Date.UTC(2025, 2, 10, 8, 15, 2));
});

times('ConvertTo-Json /Date(ms)/ and culture formats', () => {
  assert.is(parseEventTime('/Date(1700000000000)/')!.ms, 1700000000000);
  assert.is(parseEventTime('/Date(1700000000000+0100)/')!.ms, 1700000000000);
  assert.is(parseEventTime('3/13/2025 2:22:31 PM')!.ms, Date.UTC(2025, 2, 13, 14, 22, 31));
  assert.is(parseEventTime('3/13/2025 12:05:00 AM')!.ms, Date.UTC(2025, 2, 13, 0, 5));
  assert.is(parseEventTime('13.03.2025 14:22:31')!.ms, Date.UTC(2025, 2, 13, 14, 22, 31));
  assert.is(parseEventTime('2025/03/13 14:22:31')!.ms, Date.UTC(2025, 2, 13, 14, 22, 31));
  const gb = parseEventTime('13/03/2025 14:22:31')!;
  assert.is(gb.ms, Date.UTC(2025, 2, 13, 14, 22, 31));
  assert.is(gb.dayFirst, true);
  const amb = parseEventTime('03/04/2025 10:00:00')!;
  assert.is(amb.ambiguous, true);
  assert.is(amb.ms, Date.UTC(2025, 2, 4, 10), 'month first by default');
  assert.is(parseEventTime('03/04/2025 10:00:00', { dayFirst: true })!.ms, Date.UTC(2025, 3, 3, 10));
});

times('invalid → null', () => {
  for (const s of [
    '',
    'yesterday',
    '2025-02-30T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '13/13/2025 10:00',
    '2025-03-10T25:00:00Z',
    '/Date(abc)/',
    'Tuesday, November 14, 2023 10:13:20 PM',
  ]) {
    assert.is(parseEventTime(s), null, s);
  }
});

times.run();

// ---------------------------------------------------------------------------------------------
const samples = suite('events: samples/events');

/**
 * Reads one file of samples/events and checks what every sample starts with: the format it was
 * recognised as and how many records were skipped (`which` names them in a failure).
 */
async function readSample(name: string, format: ReadEventsResult['format'], skipped: number, which?: string): Promise<ReadEventsResult> {
  const r = await readEventFile(sample(name));
  assert.is(r.format, format);
  assert.is(r.skipped, skipped, which);
  return r;
}

samples('every file in samples/events is read by a test below', () => {
  const tested = [
    'client-export-ps51-healthy.csv',
    'client-export-ps51-ja-cp932.csv',
    'client-export-ps51-no-srv.csv',
    'client-export-pwsh7-ja.csv',
    'client-export.csv',
    'client-get-winevent.json',
    'client-wevtutil.xml',
    'host-12290-pwsh7.csv',
    'host-12290-wevtutil.xml',
    'host-publishing.xml',
  ];
  assert.equal(
    readdirSync(SAMPLES)
      .filter((f) => f !== 'README.md')
      .sort(),
    tested,
  );
});

samples('client-wevtutil.xml: no root, newest first, three attempts, 8198, two skipped', async () => {
  const r = await readSample('client-wevtutil.xml', 'xml', 2, '902 and 903');
  assert.equal(r.warnings, []);
  assert.equal(
    r.events.map((e) => e.id),
    [12289, 12288, 8198, 12289, 12288, 12288],
  );
  assert.equal(
    r.events.map((e) => e.recordId),
    [48392, 48391, 48203, 48202, 48201, 48188],
  );
  const newest = r.events[0]!;
  assert.is(newest.timeCreated, '2025-03-11T09:02:17.519Z');
  assert.is(newest.provider, 'Microsoft-Windows-Security-SPP');
  assert.is(newest.log, 'Application');
  assert.is(newest.computer, 'ws0142.contoso.com');
  assert.equal(newest.data, ['0x00000000, 0x00000000, 1, 0, 26, 120, 10080, 2025/03/11 09:02']);
  const ok = fieldsOf(newest, 'response');
  assert.is(ok.activated, true);
  assert.is(ok.currentCount, 26);
  const skew = fieldsOf(r.events[4], 'request');
  assert.is(skew.hresult, '0xC004F06C');
  assert.is(skew.host, 'kms01.contoso.com');
  assert.is(skew.minimumCount, 25);
  const failure = fieldsOf(r.events[2], 'activation-failed');
  assert.is(failure.hresult, '0xC004F074');
  assert.match(failure.context!, /^RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;/);

  const a = analyzeEvents(r.events);
  assert.equal(
    a.attempts.map((x) => [x.time, x.host, x.port, x.requestHresult, x.answered, x.responseHresult, x.currentCount, x.activated]),
    [
      ['2025-03-10T07:58:41.221Z', 'kms-old.contoso.com', 1688, '0x8007274C', false, null, null, null],
      ['2025-03-10T08:15:02.345Z', 'kms01.contoso.com', 1688, '0xC004F06C', true, '0xC004F06C', 0, false],
      ['2025-03-11T09:02:17.447Z', 'kms01.contoso.com', 1688, '0x00000000', true, '0x00000000', 26, true],
    ],
  );
  assert.is(a.attempts[2]!.responseTime, '2025-03-11T09:02:17.519Z');
  assert.is(a.attempts[0]!.minimumCount, null, 'empty trailing field of the unanswered request');
  assert.is(a.orphanResponses, 0);
  assert.equal(a.failureCodes, ['0xC004F074']);
  assert.equal(a.publishing, []);
});

samples('host-12290-wevtutil.xml: ten Data elements, duplicate CMIDs, 0xC004F042, clock skew', async () => {
  const r = await readSample('host-12290-wevtutil.xml', 'xml', 0);
  assert.is(r.events.length, 6);
  assert.ok(r.events.every((e) => e.id === 12290 && e.log === 'Key Management Service' && e.computer === 'kms01.contoso.com' && e.data.length === 10));
  const f = r.events.map((e) => fieldsOf(e, 'host-request'));
  assert.equal(
    f.map((x) => x.clientName),
    ['ws0142.contoso.com', 'ws0388.contoso.com', 'srv-sql03.contoso.com', 'srv-app07.contoso.com', 'ws0218.contoso.com', 'ws0217.contoso.com'],
  );
  assert.equal(
    f.map((x) => x.hresult),
    ['0x00000000', '0xC004F06C', '0x00000000', '0xC004F042', '0x00000000', '0x00000000'],
  );
  const app07 = f[3]!;
  assert.equal(
    [app07.minimumCount, app07.isVm, app07.licenseState, app07.minutesToExpiry, app07.activationId, app07.clientTime],
    [5, true, 2, 43140, '7dc26449-db21-4e09-ba37-28f2958506a6', '2025/3/12 8:02'],
  );
  assert.is(f[1]!.clientTime, '2025/3/12 14:41', 'skewed client clock kept as text');
  assert.is(r.events[1]!.timeCreated, '2025-03-12T10:04:11.334Z');
  // Duplicate CMIDs across two machine names.
  const byCmid = new Map<string, Set<string>>();
  for (const x of f) byCmid.set(x.cmid!, (byCmid.get(x.cmid!) ?? new Set()).add(x.clientName!));
  assert.equal([...byCmid.get('5f0c2b8e-7d41-4a93-b6e2-1c9a0f3d8e57')!].sort(), ['ws0217.contoso.com', 'ws0218.contoso.com']);
  assert.is([...byCmid.values()].filter((names) => names.size > 1).length, 1);
});

samples('host-publishing.xml: declaration, <Events> root, 12293 0x80072338 and 12294 by domain', async () => {
  const r = await readEventFile(sample('host-publishing.xml'));
  assert.is(r.format, 'xml');
  assert.equal(
    r.events.map((e) => [e.id, e.recordId]),
    [
      [12293, 9163],
      [12294, 9162],
      [12293, 9140],
      [12293, 9121],
    ],
  );
  assert.equal(r.events[0]!.fields, { kind: 'publish-failed', hresult: '0x80072338', domain: 'emea.contoso.com' });
  assert.equal(r.events[1]!.fields, { kind: 'publish-ok', domain: 'contoso.com' });
  const p = publishingByDomain(r.events);
  assert.equal(
    p.map((d) => [d.domain, d.published, d.latest.hresult, d.results.map((x) => (x.ok ? 'ok' : x.hresult))]),
    [
      ['emea.contoso.com', false, '0x80072338', ['0x80072338']],
      ['contoso.com', true, null, ['0x80072338', '0x80072338', 'ok']],
    ],
  );
  assert.is(p[1]!.latest.time, '2025-03-12T09:15:03.102Z');
  assert.is(p[1]!.latest.computer, 'kms02.contoso.com');
});

samples('client-get-winevent.json: Windows PowerShell 5.1 ConvertTo-Json, two answered 0xC004F038 attempts', async () => {
  const r = await readSample('client-get-winevent.json', 'json', 0);
  assert.equal(r.warnings, []);
  assert.equal(
    r.events.map((e) => [e.id, e.recordId, e.timeCreated]),
    [
      [8198, 77120, '2025-03-13T14:22:31.377Z'],
      [12289, 77119, '2025-03-13T14:22:31.342Z'],
      [12288, 77118, '2025-03-13T14:22:31.201Z'],
      [12289, 76955, '2025-03-13T12:22:31.050Z'],
      [12288, 76954, '2025-03-13T12:22:30.918Z'],
    ],
  );
  const e = r.events[2]!;
  assert.is(e.provider, 'Microsoft-Windows-Security-SPP');
  assert.is(e.log, 'Application');
  assert.is(e.computer, 'ws0560.contoso.com');
  const req = fieldsOf(e, 'request');
  assert.equal([req.host, req.port, req.isVm, req.cmid, req.minimumCount], ['kms02.contoso.com', 1688, true, '1b6e0f3a-92c4-4d7e-8f15-a3c0e9d24b68', 25]);
  const a = analyzeEvents(r.events);
  assert.equal(
    a.attempts.map((x) => [x.answered, x.responseHresult, x.currentCount, x.activated]),
    [
      [true, '0xC004F038', 11, false],
      [true, '0xC004F038', 12, false],
    ],
  );
  assert.equal(a.failureCodes, ['0xC004F038']);
});

samples('client-export.csv: plain Export-Csv — #TYPE, quoted multi-line Message, fields read from Message', async () => {
  const r = await readSample('client-export.csv', 'csv', 1, 'the 1003');
  assert.equal(
    r.events.map((e) => [e.id, e.recordId, e.timeCreated]),
    [
      [8198, 5520, '2025-03-13T09:41:08.000Z'],
      [12288, 5519, '2025-03-13T09:41:07.000Z'],
      [12289, 5409, '2025-03-12T09:40:55.000Z'],
      [12288, 5408, '2025-03-12T09:40:54.000Z'],
    ],
  );
  assert.ok(r.events.every((e) => e.fields !== null && e.computer === 'ws0731.contoso.com' && e.log === 'Application'));
  assert.equal(r.events[0]!.fields, {
    kind: 'activation-failed',
    hresult: '0xC004F074',
    context:
      'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=73111121-5638-40f6-bc11-f1d7b0d64300;NotificationInterval=1440;Trigger=TimerEvent',
  });
  const unanswered = fieldsOf(r.events[1], 'request');
  assert.equal([unanswered.hresult, unanswered.host, unanswered.port, unanswered.minimumCount], ['0x800706BA', 'kms01.contoso.com', 1688, null]);
  assert.equal(fieldsOf(r.events[2], 'response'), {
    kind: 'response',
    hresult: '0x00000000',
    activated: true,
    currentCount: 27,
    activationIntervalMinutes: 120,
    renewalIntervalMinutes: 10080,
    clientTime: '2025/03/12 13:40',
  });
  assert.is(fieldsOf(r.events[3], 'request').minimumCount, 25);
  assert.is(r.warnings.length, 3);
  assert.ok(
    said(r.warnings).some(
      (w) =>
        w.includes('System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]') &&
        w.includes('read from the Message column') &&
        w.includes("$_.Properties.Value -join '|'"),
    ),
  );
  assert.ok(said(r.warnings).some((w) => /rendered Message/.test(w)));
  assert.ok(said(r.warnings).some((w) => /no time zone/.test(w)));
  assert.equal(
    pairAttempts(r.events).attempts.map((x) => [x.answered, x.host, x.requestHresult]),
    [
      [true, 'kms01.contoso.com', '0x00000000'],
      [false, 'kms01.contoso.com', '0x800706BA'],
    ],
  );
});

const HEALTHY_CMID = 'c2b51e7a-0f4d-4a8e-9b61-3d7e5f20a914';
const ENTERPRISE = '73111121-5638-40f6-bc11-f1d7b0d64300';

samples('client-export-ps51-healthy.csv: Windows PowerShell 5.1 en-US, every field read from Message', async () => {
  const r = await readSample('client-export-ps51-healthy.csv', 'csv', 1, 'the 16384');
  assert.equal(
    r.events.map((e) => [e.id, e.recordId, e.timeCreated]),
    [
      [12289, 9119, '2025-03-13T09:02:40.000Z'],
      [12288, 9118, '2025-03-13T09:02:40.000Z'],
      [12289, 8790, '2025-03-06T09:01:57.000Z'],
      [12288, 8789, '2025-03-06T09:01:57.000Z'],
    ],
  );
  assert.equal(fieldsOf(r.events[1], 'request'), {
    kind: 'request',
    hresult: '0x00000000',
    host: 'kms01.contoso.com',
    port: 1688,
    cmid: HEALTHY_CMID,
    clientTime: '2025/03/13 08:02',
    isVm: false,
    licenseState: 1,
    minutesToExpiry: 249120,
    activationId: ENTERPRISE,
    minimumCount: 25,
  });
  assert.equal(fieldsOf(r.events[0], 'response'), {
    kind: 'response',
    hresult: '0x00000000',
    activated: true,
    currentCount: 31,
    activationIntervalMinutes: 120,
    renewalIntervalMinutes: 10080,
    clientTime: '2025/03/13 08:02',
  });
  assert.equal(
    analyzeEvents(r.events).attempts.map((a) => [a.host, a.answered, a.responseHresult, a.currentCount]),
    [
      ['kms01.contoso.com', true, '0x00000000', 30],
      ['kms01.contoso.com', true, '0x00000000', 31],
    ],
  );
});

samples('client-export-ps51-no-srv.csv: only 8198 with 0x8007232B, read from Message', async () => {
  const r = await readEventFile(sample('client-export-ps51-no-srv.csv'));
  assert.is(r.skipped, 1, 'the 1003');
  assert.equal(
    r.events.map((e) => [e.id, e.fields?.kind === 'activation-failed' ? e.fields.hresult : null]),
    [
      [8198, '0x8007232B'],
      [8198, '0x8007232B'],
    ],
  );
  const older = r.events[1]!.fields as Extract<KmsEventFields, { kind: 'activation-failed' }>;
  assert.match(older.context!, /^RuleId=eeba1977-.*;Trigger=UserLogon;SessionId=1$/);
  const a = analyzeEvents(r.events);
  assert.equal(a.attempts, []);
  assert.equal(a.failureCodes, ['0x8007232B']);
});

samples('client-export-ps51-ja-cp932.csv: Export-Csv -Encoding Default on Japanese Windows (cp932, #TYPE) reads like the UTF-8 export', async () => {
  const cp932 = await readEventFile(sample('client-export-ps51-ja-cp932.csv'));
  const utf8 = await readEventFile(sample('client-export-pwsh7-ja.csv'));
  assert.is(cp932.format, 'csv');
  assert.equal(cp932.events, utf8.events);
  assert.ok(cp932.events.some((e) => e.data.length > 0 || e.fields !== null));
});

samples('client-export-pwsh7-ja.csv: PowerShell 7, no #TYPE, Japanese messages and ja-JP dates', async () => {
  const r = await readSample('client-export-pwsh7-ja.csv', 'csv', 0);
  assert.equal(
    r.events.map((e) => [e.id, e.timeCreated]),
    [
      [8198, '2025-03-13T18:41:09.000Z'],
      [12289, '2025-03-13T18:41:08.000Z'],
      [12288, '2025-03-13T18:41:08.000Z'],
      [12289, '2025-03-06T18:40:31.000Z'],
      [12288, '2025-03-06T18:40:31.000Z'],
      [12289, '2025-02-27T18:39:55.000Z'],
      [12288, '2025-02-27T18:39:55.000Z'],
    ],
  );
  assert.ok(
    r.events.every((e) => e.fields !== null),
    'every event has its fields',
  );
  const a = analyzeEvents(r.events);
  assert.equal(
    a.attempts.map((x) => [x.host, x.responseHresult, x.activated, x.currentCount, x.minimumCount]),
    [
      ['kms01.contoso.com', '0x00000000', true, 27, 25],
      ['kms01.contoso.com', '0x00000000', true, 28, 25],
      ['kms-lab.contoso.com', '0xC004F042', false, 0, 25],
    ],
  );
  assert.equal(a.failureCodes, ['0xC004F042']);
});

samples('host-12290-pwsh7.csv: the same 12290s as host-12290-wevtutil.xml, read from their Message', async () => {
  const fromCsv = await readEventFile(sample('host-12290-pwsh7.csv'));
  const fromXml = await readEventFile(sample('host-12290-wevtutil.xml'));
  assert.is(fromCsv.events.length, 6);
  assert.equal(
    fromCsv.events.map((e) => e.fields),
    fromXml.events.map((e) => e.fields),
  );
  assert.equal(
    fromCsv.events.map((e) => e.log),
    Array(6).fill('Key Management Service'),
  );
  // Export-Csv wrote the host's local time (UTC+1) without a zone: read as UTC, one hour off, with a warning.
  assert.equal(
    fromCsv.events.map((e) => Date.parse(e.timeCreated) - Math.floor(Date.parse(fromXml.events.find((x) => x.recordId === e.recordId)!.timeCreated) / 1000) * 1000),
    Array(6).fill(3_600_000),
  );
  assert.ok(said(fromCsv.warnings).some((w) => /no time zone/.test(w)));
});

samples.run();

// ---------------------------------------------------------------------------------------------
const xml = suite('events: XML shapes');

const X1 = xmlEvent(12288, '2025-03-11T09:02:17.4471342Z', 48391, [
  `0x00000000, 0x00000000, kms01.contoso.com:1688, 8d2f6c1a-3b7e-4f59-9a0c-5e1d7b24c6f3, 2025/03/11 09:02, 0, 2, 40255, 73111121-5638-40f6-bc11-f1d7b0d64300, 25`,
]);
const X2 = xmlEvent(12289, '2025-03-11T09:02:17.5190876Z', 48392, ['0x00000000, 0x00000000, 1, 0, 26, 120, 10080, 2025/03/11 09:02']);

xml('with a root element and without one give the same events', async () => {
  const bare = await readEventText(`${X1}\r\n${X2}\r\n`);
  const rooted = await readEventText(`<?xml version="1.0" encoding="utf-8"?>\n<Events>\n${X1}\n${X2}\n</Events>\n`);
  assert.equal(rooted, bare);
  assert.equal(
    bare.events.map((e) => e.id),
    [12289, 12288],
  );
  assert.is(bare.events[1]!.timeCreated, '2025-03-11T09:02:17.447Z');
});

xml('namespace prefixes, Data with Name attributes, CDATA and character references', async () => {
  const prefixed = `<e:Event xmlns:e='${XMLNS}'><e:System><e:Provider Name='Microsoft-Windows-Security-SPP'/><e:EventID Qualifiers='49152'>12293</e:EventID><e:TimeCreated SystemTime='2025-03-12T06:00:14.2238590Z'/><e:EventRecordID>9121</e:EventRecordID><e:Channel>Application</e:Channel><e:Computer>kms02.contoso.com</e:Computer></e:System><e:EventData><e:Data Name='param1'>0x80072338</e:Data><e:Data Name='param2'><![CDATA[contoso.com]]></e:Data></e:EventData></e:Event>`;
  const named = xmlEvent(8198, '2025-03-10T08:15:02.4410017Z', 48203, ['hr=0xC004F074', 'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate&#59;Trigger=TimerEvent'], {
    named: true,
  });
  const r = await readEventText(prefixed + named);
  assert.equal(
    r.events.map((e) => e.fields),
    [
      { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' },
      { kind: 'activation-failed', hresult: '0xC004F074', context: 'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;Trigger=TimerEvent' },
    ],
  );
  assert.is(r.events[0]!.provider, 'Microsoft-Windows-Security-SPP');
});

xml('RenderingInfo/Message is ignored; events without a time or id are skipped with a warning', async () => {
  const rendered = X2.replace(
    '</Event>',
    `<RenderingInfo Culture='en-US'><Message>The client has processed… Info: 0xC004F038, 0x0, 0, 0, 3, 120, 10080, x</Message></RenderingInfo></Event>`,
  );
  const noTime = X1.replace(/<TimeCreated[^>]*\/>/, '');
  const noId = X1.replace(/<EventID[^<]*<\/EventID>/, '');
  const r = await readEventText(rendered + noTime + noId);
  assert.is(r.events.length, 1);
  assert.is(fieldsOf(r.events[0], 'response').currentCount, 26);
  assert.is(r.skipped, 2);
  assert.ok(said(r.warnings).includes('1 event record had no readable TimeCreated SystemTime; skipped'), said(r.warnings).join(' | '));
  assert.ok(said(r.warnings).includes('1 event record had no readable EventID; skipped'));
});

xml('UTF-16LE with BOM (Windows PowerShell 5.1 redirection) and UTF-8 with BOM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-events-'));
  try {
    const text = `${X1}\r\n${X2}\r\n`;
    writeFileSync(join(dir, 'le.xml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'le-nobom.xml'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'u8.xml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const expected = await readEventText(text);
    for (const f of ['le.xml', 'le-nobom.xml', 'u8.xml']) assert.equal(await readEventFile(join(dir, f)), expected, f);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

xml('maxEvents keeps the newest and says how many were dropped', async () => {
  const many = Array.from({ length: 30 }, (_, i) => xmlEvent(12290, new Date(Date.UTC(2025, 2, 1, 0, i)).toISOString(), 1000 + i, ['', ...FIELDS_12290])).reverse();
  const r = await readEventText([...many.slice(10), ...many.slice(0, 10)].join('\n'), { maxEvents: 5 });
  assert.equal(
    r.events.map((e) => e.recordId),
    [1029, 1028, 1027, 1026, 1025],
  );
  assert.is(r.skipped, 0);
  assert.equal(said(r.warnings), ['kept the newest 5 of 30 activation events (maxEvents 5)']);
  // The CLI refuses a bad --max-events first: here it is a caller's mistake, not bad input.
  await readEventText(X1, { maxEvents: 0 }).then(
    () => assert.unreachable('maxEvents 0 accepted'),
    (error: unknown) => assert.instance(error, RangeError),
  );
});

xml('XML without any <Event> is refused', async () => {
  await rejects(readEventText('<html><body>hello</body></html>', { name: 'page.xml' }), 'page.xml', '<Event>');
});

xml.run();

// ---------------------------------------------------------------------------------------------
const json = suite('events: JSON shapes');

const J_REQ = {
  Id: 12288,
  RecordId: 48391,
  ProviderName: 'Microsoft-Windows-Security-SPP',
  LogName: 'Application',
  MachineName: 'ws0142.contoso.com',
  TimeCreated: '2025-03-11T10:02:17.4471342+01:00',
  Message: 'The client has sent an activation request to the key management service machine.\r\nInfo:\r\n0xC004F074, 0x0, wrong.example:1688, …',
  Properties: [{ Value: SA_12288 }],
};

json('a single object (one result), PowerShell 7 ISO time with offset', async () => {
  const r = await readEventText(JSON.stringify(J_REQ, null, 2));
  assert.is(r.format, 'json');
  assert.is(r.events.length, 1);
  assert.is(r.events[0]!.timeCreated, '2025-03-11T09:02:17.447Z');
  assert.is(fieldsOf(r.events[0], 'request').host, 'kms01.contoso.com', 'from Properties, not Message');
});

json('TimeCreated as {value, DateTime}; the 5.1 {"value": [...], "Count": n} wrapper; lower-case keys', async () => {
  const a = { ...J_REQ, TimeCreated: { value: '/Date(1741683737447)/', DisplayHint: 2, DateTime: 'Tuesday, March 11, 2025 9:02:17 AM' } };
  const b = { id: 12289, timecreated: '/Date(1741683737519)/', recordid: 48392, machinename: 'ws0142.contoso.com', properties: [{ value: SA_12289 }] };
  const r = await readEventText(JSON.stringify({ value: [a, b], Count: 2 }));
  assert.equal(
    r.events.map((e) => [e.id, e.timeCreated, e.recordId]),
    [
      [12289, '2025-03-11T09:02:17.519Z', 48392],
      [12288, '2025-03-11T09:02:17.447Z', 48391],
    ],
  );
  assert.is(fieldsOf(r.events[0], 'response').currentCount, 10);
});

json('Select-Object with Message only: fields read from a complete Message, unknown from a cut one', async () => {
  const { Properties: _p, ...noProps } = J_REQ;
  const whole = { ...noProps, RecordId: 48390, Message: `The client has sent an activation request to the key management service machine.\r\nInfo:\r\n${SA_12288}` };
  const r = await readEventText(JSON.stringify([noProps, whole]));
  assert.is(r.events.length, 2);
  const cut = r.events.find((e) => e.recordId === 48391)!;
  assert.equal(cut.data, []);
  assert.is(cut.fields, null, 'the cut Message (ending in …) has no values of the documented shape');
  assert.is(
    fieldsOf(
      r.events.find((e) => e.recordId === 48390),
      'request',
    ).hresult,
    '0xC004F06C',
  );
  assert.ok(said(r.warnings).some((w) => /no Properties/.test(w)));
  assert.ok(said(r.warnings).some((w) => /neither property values nor insertion strings/.test(w)));
  assert.ok(said(r.warnings).some((w) => /rendered Message/.test(w)));
});

json('Properties as a |-joined string, and as type names (ConvertTo-Json depth too small)', async () => {
  const joined = { Id: 12293, TimeCreated: '/Date(1741759214223)/', Properties: '0x80072338|contoso.com' };
  const shallow = { Id: 12294, TimeCreated: '/Date(1741770903102)/', Properties: ['System.Diagnostics.Eventing.Reader.EventProperty'] };
  const r = await readEventText(JSON.stringify([joined, shallow, { Id: 4624, TimeCreated: '/Date(1741770903102)/' }, 'junk']));
  assert.equal(
    r.events.map((e) => e.fields),
    [null, { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' }],
  );
  assert.is(r.skipped, 2);
  assert.ok(said(r.warnings).some((w) => /-Depth 3/.test(w)));
  assert.ok(said(r.warnings).some((w) => /were not JSON objects/.test(w)));
});

json('Properties values that are numbers or null become strings', async () => {
  const r = await readEventText(
    JSON.stringify([{ Id: 12293, TimeCreated: '/Date(1741759214223)/', Properties: [{ Value: -2147015880 }, { Value: 'contoso.com' }, { Value: null }] }]),
  );
  assert.equal(r.events[0]!.data, ['-2147015880', 'contoso.com', '']);
  assert.equal(r.events[0]!.fields, { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' });
});

json.run();

// ---------------------------------------------------------------------------------------------
const csv = suite('events: CSV shapes');

csv('the documented convention: UTC ISO times and |-joined Properties', async () => {
  const text = [
    '"Id","TimeCreated","RecordId","ProviderName","LogName","MachineName","Properties"',
    `"12289","2025-03-11T09:02:17.5190876Z","48392","Microsoft-Windows-Security-SPP","Application","ws0142.contoso.com","${SA_12289}"`,
    `"12288","2025-03-11T09:02:17.4471342Z","48391","Microsoft-Windows-Security-SPP","Application","ws0142.contoso.com","${SA_12288}"`,
    `"8198","2025-03-11T09:02:18.0000000Z","48393","Microsoft-Windows-Security-SPP","Application","ws0142.contoso.com","hr=0xC004F074|RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate"`,
    '',
  ].join('\r\n');
  const r = await readEventText(text);
  assert.is(r.format, 'csv');
  assert.equal(r.warnings, []);
  assert.equal(
    r.events.map((e) => [e.id, e.timeCreated]),
    [
      [8198, '2025-03-11T09:02:18.000Z'],
      [12289, '2025-03-11T09:02:17.519Z'],
      [12288, '2025-03-11T09:02:17.447Z'],
    ],
  );
  assert.is(fieldsOf(r.events[2], 'request').host, 'kms01.contoso.com');
  assert.equal(r.events[0]!.fields, { kind: 'activation-failed', hresult: '0xC004F074', context: 'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate' });
});

csv('numbered Data0…DataN columns, semicolon delimiter (-UseCulture), German dates, unquoted fields', async () => {
  const header = ['Id', 'TimeCreated', 'MachineName', ...Array.from({ length: 10 }, (_, i) => `Data${i}`)].join(';');
  const row12290 = ['12290', '12.03.2025 11:27:45', 'kms01.contoso.com', '', ...FIELDS_12290].join(';');
  const row12294 = ['12294', '12.03.2025 09:15:03', 'kms02.contoso.com', 'contoso.com', ...Array(9).fill('')].join(';');
  const r = await readEventText(`${header}\n${row12290}\n${row12294}`);
  assert.equal(
    r.events.map((e) => [e.id, e.timeCreated, e.data.length]),
    [
      [12290, '2025-03-12T11:27:45.000Z', 10],
      [12294, '2025-03-12T09:15:03.000Z', 1],
    ],
  );
  assert.is(fieldsOf(r.events[0], 'host-request').clientName, 'client07.contoso.com');
  assert.equal(r.events[1]!.fields, { kind: 'publish-ok', domain: 'contoso.com' });
});

csv('embedded quotes, delimiters and newlines inside quoted fields; CRLF; #TYPE line', async () => {
  const text =
    '#TYPE Selected.System.Diagnostics.Eventing.Reader.EventLogRecord\r\n' +
    '"Message","Id","TimeCreated","Properties"\r\n' +
    '"Publishing the Key Management Service (KMS) to DNS in the ""contoso.com"" domain failed.\r\nInfo:\r\n0x80072338, x","12293","2025-03-12T06:00:14Z","0x80072338|contoso.com"\r\n' +
    '"He said ""no""","12294","2025-03-12T09:15:03Z","contoso.com"\r\n';
  const r = await readEventText(text);
  assert.equal(
    r.events.map((e) => e.fields),
    [
      { kind: 'publish-ok', domain: 'contoso.com' },
      { kind: 'publish-failed', hresult: '0x80072338', domain: 'contoso.com' },
    ],
  );
  assert.equal(r.warnings, []);
});

csv('day-first dates learnt from a day above 12; ambiguous ones before it are reported', async () => {
  const r = await readEventText('Id,TimeCreated,Properties\n12294,03/04/2025 10:00:00,a.test\n12294,13/04/2025 10:00:00,b.test\n12294,05/04/2025 10:00:00,c.test\n');
  assert.equal(
    r.events.map((e) => e.timeCreated),
    ['2025-04-13T10:00:00.000Z', '2025-04-05T10:00:00.000Z', '2025-03-04T10:00:00.000Z'],
  );
  assert.ok(
    said(r.warnings).some((w) => /1 dates such as 3\/4\/2025 were read month-first before later dates showed the file writes day-first/.test(w)),
    said(r.warnings).join(' | '),
  );
});

csv('a CSV without Id or TimeCreated is refused, naming the file and the columns', async () => {
  await rejects(readEventText('"Message","TimeCreated","Level"\n"x","3/13/2025 9:41:07 AM","4"\n', { name: 'out.csv' }), 'out.csv', 'Id column', 'Message, TimeCreated, Level');
  await rejects(readEventText('Id,Level\n12288,4\n', { name: 'out.csv' }), 'TimeCreated column');
});

csv.run();

// ---------------------------------------------------------------------------------------------
const sniffing = suite('events: format sniffing and refusals');

async function withFile(name: string, content: Buffer | string, fn: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-events-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    await fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

sniffing('content decides, not the extension', async () => {
  await withFile('events.txt', readFileSync(sample('client-get-winevent.json')), async (p) => {
    assert.is((await readEventFile(p)).format, 'json');
  });
  await withFile('events.json', `${X1}\n`, async (p) => {
    assert.is((await readEventFile(p)).format, 'xml');
  });
});

sniffing('a binary .evtx: says so and gives the wevtutil command', async () => {
  const evtx = Buffer.concat([Buffer.from('ElfFile\0', 'latin1'), Buffer.alloc(4088, 0)]);
  await withFile('KMS-host.evtx', evtx, async (p) => {
    const err = await rejects(readEventFile(p), p, 'this is a binary .evtx; export it with wevtutil qe … /f:xml');
    assert.ok(err.message.includes(`wevtutil qe "${p}" /lf:true /f:xml /rd:true > "${p.replace(/\.evtx$/, '.xml')}"`), err.message);
  });
});

sniffing('empty, whitespace-only, binary, unknown text, wevtutil /f:text, missing file', async () => {
  await withFile('empty.xml', '', async (p) => void (await rejects(readEventFile(p), p, 'empty')));
  await withFile('blank.xml', '  \r\n\t\n', async (p) => void (await rejects(readEventFile(p), p, 'empty')));
  await withFile('random.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 0x90, 0x91]), async (p) => void (await rejects(readEventFile(p), p, 'binary')));
  await withFile('notes.txt', 'Hello,\nthe KMS host is down.\n', async (p) => void (await rejects(readEventFile(p), p, 'not a recognized event export')));
  await withFile(
    'text.txt',
    'Event[0]:\r\n  Log Name: Application\r\n  Source: Microsoft-Windows-Security-SPP\r\n',
    async (p) => void (await rejects(readEventFile(p), p, '/f:text', '/f:xml')),
  );
  await rejects(readEventFile('/nonexistent/kms/events.xml'), '/nonexistent/kms/events.xml', 'no such file');
  await rejects(readEventFile(SAMPLES), 'not a regular file');
});

sniffing.run();

// ---------------------------------------------------------------------------------------------
const pairing = suite('events: attempts');

let rec = 0;
function ev(id: number, minute: number, data: string[], computer: string | null = 'ws1.contoso.test', recordId: number | null = ++rec): KmsEvent {
  return {
    id,
    timeCreated: new Date(Date.UTC(2025, 2, 1, 0, minute)).toISOString(),
    recordId,
    provider: 'Microsoft-Windows-Security-SPP',
    log: 'Application',
    computer,
    data,
    fields: parseEventFields(id, data),
  };
}
const req = (host: string, hr = '0x00000000') => [
  `${hr}, 0x00000000, ${host}:1688, 36f27b39-2fd5-440b-be67-a09996d27a38, 2025/03/01 00:00, 0, 2, 43000, 73111121-5638-40f6-bc11-f1d7b0d64300, 25`,
];
const resp = (count: number, hr = '0x00000000', activated = 1) => [`${hr}, 0x00000000, ${activated}, 0, ${count}, 120, 10080, 2025/03/01 00:00`];

pairing('a 12288 without a 12289 before the next 12288 is not answered; input order does not matter', () => {
  const events = [
    ev(12288, 0, req('kms-a.contoso.test')),
    ev(12288, 1, req('kms-b.contoso.test', '0xC004F06C')),
    ev(12289, 1, resp(0, '0xC004F06C', 0)),
    ev(12288, 5, req('kms-b.contoso.test')),
    ev(12289, 5, resp(30)),
    ev(12288, 9, req('kms-c.contoso.test')),
  ];
  const expected = [
    ['kms-a.contoso.test', false, null, null],
    ['kms-b.contoso.test', true, '0xC004F06C', false],
    ['kms-b.contoso.test', true, '0x00000000', true],
    ['kms-c.contoso.test', false, null, null],
  ];
  const shape = (es: KmsEvent[]) => pairAttempts(es).attempts.map((a) => [a.host, a.answered, a.responseHresult, a.activated]);
  assert.equal(shape(events), expected);
  assert.equal(shape([...events].reverse()), expected);
  assert.equal(shape([events[3]!, events[0]!, events[5]!, events[2]!, events[4]!, events[1]!]), expected);
  assert.is(pairAttempts(events).attempts[2]!.currentCount, 30);
});

pairing('orphan and second responses; several computers interleaved', () => {
  const events = [
    ev(12289, 0, resp(3), 'ws1'),
    ev(12288, 1, req('kms-a'), 'ws1'),
    ev(12288, 2, req('kms-a'), 'ws2'),
    ev(12289, 3, resp(4), 'ws1'),
    ev(12289, 4, resp(5), 'ws1'),
    ev(12289, 5, resp(6), 'WS2'),
  ];
  const r = pairAttempts(events);
  assert.equal(
    r.attempts.map((a) => [a.computer, a.answered, a.currentCount]),
    [
      ['ws1', true, 4],
      ['ws2', true, 6],
    ],
  );
  assert.is(r.orphanResponses, 2);
});

pairing('equal times without record ids: request before response', () => {
  const events = [ev(12289, 7, resp(9), 'ws1', null), ev(12288, 7, req('kms-a'), 'ws1', null)];
  const r = pairAttempts(events);
  assert.equal(
    r.attempts.map((a) => [a.answered, a.currentCount]),
    [[true, 9]],
  );
  assert.is(r.orphanResponses, 0);
});

pairing('unparsed events still pair; 8198 codes most recent first, deduplicated', () => {
  const events = [
    ev(12288, 0, ['garbage']),
    ev(12289, 0, ['garbage']),
    ev(8198, 1, ['hr=0xC004F074']),
    ev(8198, 2, ['hr=0x8007232B']),
    ev(8198, 3, ['hr=0xC004F074']),
    ev(8198, 4, ['no code']),
  ];
  const a = analyzeEvents(events);
  assert.equal(
    a.attempts.map((x) => [x.answered, x.requestHresult, x.responseHresult, x.host]),
    [[true, null, null, null]],
  );
  assert.equal(
    a.failures.map((f) => f.hresult),
    ['0xC004F074', '0x8007232B', '0xC004F074', null],
  );
  assert.equal(a.failureCodes, ['0xC004F074', '0x8007232B']);
});

pairing('publishing grouped by domain case-insensitively', () => {
  const events = [ev(12293, 0, ['0x8007267C', 'Contoso.COM']), ev(12294, 1, ['contoso.com.']), ev(12293, 2, ['0x80072338', 'fabrikam.test'])];
  assert.equal(
    publishingByDomain(events).map((d) => [d.domain, d.published, d.results.length]),
    [
      ['fabrikam.test', false, 1],
      ['contoso.com.', true, 2],
    ],
  );
});

pairing.run();
