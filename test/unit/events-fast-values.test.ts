/**
 * The value readers every event goes through are written over character codes for speed
 * (src/events/iso-time.ts; normalizeGuid, normalizeHresult, parseCount, parseEventId,
 * parseRecordId and the time parse in src/events/fields.ts). Each is checked here against the plain version it replaced — regexes,
 * Date.UTC with a round-trip check, Date.parse, toISOString — on edge cases and on generated
 * input close to the accepted shapes, where a difference would hide.
 */
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeGuid, normalizeHresult, parseCount, parseEventId, parseEventTime, parseRecordId } from '../../src/events/fields.js';
import { isoString, isoZuluMs } from '../../src/events/iso-time.js';

// ---- The plain versions (as fields.ts had them), the reference. ----

const MIN_MS = Date.UTC(1601, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function plainIsoTime(raw: string): { ms: number; zoned: boolean } | null {
  const s = raw.trim();
  if (s === '' || s.length > 64) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (!m || m[8] === undefined || !/^z$/i.test(m[8])) return null;
  const [y, mo, d, h, mi, sec] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  const frac = m[7];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return null;
  const ms = frac === undefined || frac === '' ? 0 : Math.floor(Number(`0.${frac.slice(0, 9)}`) * 1000);
  const t = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t >= MIN_MS && t <= MAX_MS ? { ms: t, zoned: true } : null;
}

function plainGuid(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const m = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i.exec(raw.trim());
  return m ? m[1]!.toLowerCase() : null;
}

function plainHresult(raw: string): string | null {
  const s = raw.trim();
  const hex = /^0x([0-9a-f]{1,16})$/i.exec(s);
  if (hex) {
    const digits = hex[1]!.replace(/^0+(?=.)/, '');
    if (digits.length > 8) return null;
    return `0x${digits.toUpperCase().padStart(8, '0')}`;
  }
  if (/^-?\d{1,10}$/.test(s)) {
    const n = Number(s);
    if (n < -0x80000000 || n > 0xffffffff) return null;
    return `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return null;
}

function plainCount(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const s = raw.trim();
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n <= 0x7fffffff ? n : null;
}

function plainEventId(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d{1,5}\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

function plainRecordId(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string' || !/^\s*\d{1,16}\s*$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

// ---- Generators close to the shapes. ----

const pick = (chars: string, min: number, max: number) => fc.array(fc.constantFrom(...chars.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const zuluText = fc
  .record({
    y: fc.oneof(fc.integer({ min: 1599, max: 2100 }), fc.integer({ min: 0, max: 9999 })).map((n) => String(n).padStart(4, '0')),
    mo: fc.oneof(
      fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0')),
      twoDigits,
    ),
    d: fc.oneof(
      fc.integer({ min: 0, max: 32 }).map((n) => String(n).padStart(2, '0')),
      twoDigits,
    ),
    h: fc.integer({ min: 0, max: 25 }).map((n) => String(n).padStart(2, '0')),
    mi: fc.integer({ min: 0, max: 61 }).map((n) => String(n).padStart(2, '0')),
    s: fc.integer({ min: 0, max: 61 }).map((n) => String(n).padStart(2, '0')),
    frac: fc.oneof(
      fc.constant(''),
      pick('0123456789', 0, 50).map((f) => `.${f}`),
      pick('0123456789,.x ', 1, 4).map((f) => `.${f}`),
    ),
    sep: fc.constantFrom('T', 'T', 'T', 't', ' '),
    zone: fc.constantFrom('Z', 'Z', 'Z', 'z', '', '+01:00', ' Z'),
    pad: fc.constantFrom('', '', ' ', '\t'),
  })
  .map((p) => `${p.pad}${p.y}-${p.mo}-${p.d}${p.sep}${p.h}:${p.mi}:${p.s}${p.frac}${p.zone}${p.pad}`);

const hexText = (min: number, max: number) => pick('0123456789abcdefABCDEF', min, max);
const guidText = fc
  .tuple(
    hexText(8, 8),
    hexText(4, 4),
    hexText(4, 4),
    hexText(4, 4),
    hexText(12, 12),
    fc.constantFrom('', '{'),
    fc.constantFrom('', '}'),
    fc.constantFrom('', ' ', '\u00a0'),
    fc.nat(40),
    fc.constantFrom('', 'g', '-', 'Z', '0'),
  )
  .map(([a, b, c, d, e, open, close, pad, at, noise]) => {
    const g = `${pad}${open}${a}-${b}-${c}-${d}-${e}${close}${pad}`;
    return g.slice(0, at) + noise + g.slice(at + (noise === '' ? 0 : 1));
  });
const hresultText = fc.oneof(
  fc.tuple(fc.constantFrom('0x', '0X', 'x', '0', ' 0x', '-0x'), hexText(0, 18), fc.constantFrom('', ' ', 'g')).map(([p, h, s]) => p + h + s),
  fc.integer({ min: -0x90000000, max: 0x1ffffffff }).map(String),
);
const countText = fc.oneof(
  fc.tuple(fc.constantFrom('', ' ', '+', '-'), pick('0123456789', 0, 12), fc.constantFrom('', ' ', '.', 'e1')).map(([p, d, s]) => p + d + s),
  fc.integer({ min: 0, max: 0x7fffffff + 5 }).map(String),
);

// ---- The tests. ----

const times = suite('events: fast ISO time reading and writing = the plain versions');

times('edge cases', () => {
  for (const s of [
    '2025-03-10T08:15:02.3456789Z',
    '2025-03-10T08:15:02Z',
    '2025-03-10T08:15:02.5Z',
    '2024-02-29T00:00:00.000Z',
    '2025-02-29T00:00:00.000Z',
    '2025-04-31T00:00:00Z',
    '1601-01-01T00:00:00Z',
    '1600-12-31T23:59:59.999Z',
    '9999-12-31T23:59:59.9999999Z',
    '2025-03-10T24:00:00Z',
    '2025-03-10T08:60:00Z',
    '2025-03-10T08:15:60Z',
    '2025-03-10T08:15:02.Z',
    '2025-03-10T08:15:02.290Z',
    '2025-03-10T08:15:02.29Z',
    `2025-03-10T08:15:02.${'1'.repeat(43)}Z`,
    `2025-03-10T08:15:02.${'1'.repeat(44)}Z`,
    '٢٠٢٥-03-10T08:15:02Z',
  ]) {
    const plain = plainIsoTime(s);
    const fast = isoZuluMs(s);
    // The fast reader takes a subset (exactly `T` and `Z`); inside it, the same millisecond.
    if (!Number.isNaN(fast)) assert.equal(plain, { ms: fast, zoned: true }, s);
    const parsed = parseEventTime(s);
    if (plain !== null) assert.equal(parsed, { ...plain, ambiguous: false, dayFirst: null }, s);
  }
  assert.is(isoZuluMs('2025-03-10T08:15:02.3456789Z'), Date.UTC(2025, 2, 10, 8, 15, 2, 345));
  assert.ok(Number.isNaN(isoZuluMs('2025-02-29T00:00:00Z')));
});

times('generated near-ISO text: parseEventTime agrees with the plain reading wherever that reads a UTC time', () => {
  fc.assert(
    fc.property(zuluText, (s) => {
      const plain = plainIsoTime(s);
      const fast = isoZuluMs(s);
      if (!Number.isNaN(fast)) assert.equal(plain, { ms: fast, zoned: true }, s);
      if (plain !== null) assert.equal(parseEventTime(s), { ...plain, ambiguous: false, dayFirst: null }, s);
    }),
    { numRuns: 5000 },
  );
});

times('isoZuluMs equals Date.parse on what toISOString writes', () => {
  fc.assert(
    fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
      const s = new Date(ms).toISOString();
      assert.is(isoZuluMs(s), Date.parse(s), s);
    }),
    { numRuns: 5000 },
  );
});

times('isoString equals toISOString from 1601 to 9999, and hands anything else to it', () => {
  for (const ms of [MIN_MS, MAX_MS, 0, -1, 86_399_999, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2024, 2, 1)])
    assert.is(isoString(ms), new Date(ms).toISOString(), String(ms));
  fc.assert(
    fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: 0, max: 3 * 86_400_000 }), (ms, step) => {
      // Two calls a little apart: the cached date part must not leak into the next day.
      assert.is(isoString(ms), new Date(ms).toISOString());
      const next = Math.min(ms + step, MAX_MS);
      assert.is(isoString(next), new Date(next).toISOString());
    }),
    { numRuns: 5000 },
  );
  assert.is(isoString(Date.UTC(1500, 0, 1)), new Date(Date.UTC(1500, 0, 1)).toISOString());
  assert.is(isoString(0.5), new Date(0.5).toISOString());
});

times.run();

const values = suite('events: fast GUID, HRESULT, count and id readers = the regex versions');

values('edge cases', () => {
  for (const s of [
    '',
    ' ',
    '{',
    '}',
    '{}',
    '0x',
    '0x0',
    '0X0',
    '0x00000000C004F074',
    '0x100000000',
    '0xC004F074 ',
    ' 0xc004f074',
    '-1073418124',
    '4294967296',
    '0xZZ',
    '0x' + '0'.repeat(16),
    '0x' + '0'.repeat(17),
  ]) {
    assert.is(normalizeHresult(s), plainHresult(s), JSON.stringify(s));
    assert.is(normalizeGuid(s), plainGuid(s), JSON.stringify(s));
    assert.is(parseCount(s), plainCount(s), JSON.stringify(s));
  }
  for (const s of [
    '{36F27B39-2FD5-440B-BE67-A09996D27A38}',
    '36f27b39-2fd5-440b-be67-a09996d27a38}',
    '{36f27b39-2fd5-440b-be67-a09996d27a38',
    '36f27b39-2fd5-440b-be67-a09996d27a3',
    '36f27b39-2fd5-440b-be67a-09996d27a38',
  ]) {
    assert.is(normalizeGuid(s), plainGuid(s), s);
  }
  for (const s of ['0', '2147483647', '2147483648', '0000000001', '00000000001', '१२']) assert.is(parseCount(s), plainCount(s), s);
  for (const s of [
    '12290',
    ' 12290 ',
    '65535',
    '65536',
    '99999',
    '012290',
    '9007199254740991',
    '9007199254740992',
    '9999999999999999',
    '00000000000000001',
    '\u00a012\u2028',
    '1 2',
    '',
  ]) {
    assert.is(parseEventId(s), plainEventId(s), JSON.stringify(s));
    assert.is(parseRecordId(s), plainRecordId(s), JSON.stringify(s));
  }
  assert.is(normalizeGuid(undefined), null);
  assert.is(parseCount(undefined), null);
});

values('generated text near each shape', () => {
  fc.assert(
    fc.property(guidText, (s) => assert.is(normalizeGuid(s), plainGuid(s), JSON.stringify(s))),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(hresultText, (s) => assert.is(normalizeHresult(s), plainHresult(s), JSON.stringify(s))),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(countText, (s) => assert.is(parseCount(s), plainCount(s), JSON.stringify(s))),
    { numRuns: 5000 },
  );
  const idText = fc.oneof(countText, pick('0123456789', 14, 18));
  fc.assert(
    fc.property(idText, (s) => {
      assert.is(parseEventId(s), plainEventId(s), JSON.stringify(s));
      assert.is(parseRecordId(s), plainRecordId(s), JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (s) => {
      assert.is(normalizeGuid(s), plainGuid(s));
      assert.is(normalizeHresult(s), plainHresult(s));
      assert.is(parseCount(s), plainCount(s));
    }),
    { numRuns: 2000 },
  );
});

values.run();
