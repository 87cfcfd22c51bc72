/**
 * Pure parsing of activation-event insertion strings (kms-facts.md §4.3–4.6) into the
 * `KmsEventFields` of the snapshot model, plus the small value parsers every event reader
 * shares (HRESULT, GUID, host:port, event time). Nothing here does I/O and nothing throws:
 * whatever the input, a value that does not parse becomes `null`.
 */
import type { Message } from '../catalog/message.js';
import type { KmsEvent, KmsEventFields, LoggedRequest } from '../snapshot/model.js';
import { isoString, isoZuluMs } from './iso-time.js';

/** Event ids the readers keep (kms-facts.md §4.2); every other event is skipped. */
export const ACTIVATION_EVENT_IDS: ReadonlySet<number> = new Set([12288, 12289, 12290, 12293, 12294, 8198]);

/** Where readers put what they read; `read-events.ts` keeps the newest and sorts. */
export interface EventSink {
  /**
   * An activation-relevant event (id in ACTIVATION_EVENT_IDS) with a readable time; `ms` is that
   * time as the reader parsed it (= Date.parse(event.timeCreated)), so sinks need not parse it again.
   */
  event(event: KmsEvent, ms?: number): void;
  /**
   * A record that is not returned: `null` for an event that is simply not an activation event,
   * otherwise why it could not be read (the counts per reason become one warning each, e.g.
   * "3 event records had no readable TimeCreated; skipped").
   */
  skip(reason: Message | null): void;
  /** A warning about the whole file (said once, however often it is reported). */
  warn(message: Message): void;
}

/**
 * `0x` + 8 upper-case hex digits. Accepts `0x…` with up to 8 significant digits (leading
 * zeros beyond that are fine) and, for values a JSON export may carry as numbers, a decimal
 * integer in the signed or unsigned 32-bit range (negative values are the HRESULT's two's
 * complement). Anything else: null.
 */
export function normalizeHresult(raw: string): string | null {
  const s = raw.trim();
  if (s.charCodeAt(0) === DIGIT_0 && (s.charCodeAt(1) | 0x20) === LOWER_X) return hexHresultOf(s);
  if (/^-?\d{1,10}$/.test(s)) {
    const n = Number(s);
    if (n < -0x80000000 || n > 0xffffffff) return null;
    return `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return null;
}

const DIGIT_0 = 48;
const LOWER_X = 120;
const HR_ZERO = '0x00000000';

/** 0–15 for a hex digit's character code, -1 otherwise. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * `0x` (or `0X`) and 1–16 hex digits, of which at most 8 after the leading zeros, as
 * `0x` + 8 upper-case digits; null otherwise. Read from character codes: every event has one.
 */
function hexHresultOf(s: string): string | null {
  const n = s.length;
  if (n < 3 || n > 18 || s.charCodeAt(0) !== DIGIT_0 || (s.charCodeAt(1) | 0x20) !== LOWER_X) return null;
  let value = 0;
  let significant = 0;
  for (let i = 2; i < n; i++) {
    const d = hexDigit(s.charCodeAt(i));
    if (d === -1) return null;
    if (significant > 0 || d !== 0) significant++;
    value = value * 16 + d;
  }
  if (significant > 8) return null;
  return value === 0 ? HR_ZERO : `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** An HRESULT as the SPP events write it: literally `0x` and hex digits (used to validate layouts). */
function hexHresult(raw: string | undefined): string | null {
  return raw === undefined ? null : hexHresultOf(trimText(raw));
}

const PLAIN_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HYPHEN = 45;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * A GUID in lower case without braces, or null: 8-4-4-4-12 hex digits, each brace optional.
 * Read from character codes (every 12290 carries two).
 */
export function normalizeGuid(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // As most GUIDs come: returned as they are, after one native test (faster than the loop below).
  if (PLAIN_GUID.test(raw)) return raw;
  const s = trimText(raw);
  const from = s.charCodeAt(0) === OPEN_BRACE ? 1 : 0;
  const to = s.length > from && s.charCodeAt(s.length - 1) === CLOSE_BRACE ? s.length - 1 : s.length;
  if (to - from !== 36) return null;
  let upper = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const at = i - from;
    if (at === 8 || at === 13 || at === 18 || at === 23) {
      if (c !== HYPHEN) return null;
    } else if (hexDigit(c) === -1) return null;
    else if (c >= 65 && c <= 70) upper = true;
  }
  const guid = from === 0 && to === s.length ? s : s.slice(from, to);
  return upper ? guid.toLowerCase() : guid;
}

/** `host:port`, `[v6]:port`, a bare host or a bare IPv6 address. Port outside 1–65535: null. */
export function parseHostPort(raw: string | undefined): { host: string | null; port: number | null } {
  const s = (raw ?? '').trim();
  if (s === '') return { host: null, port: null };
  const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(s);
  if (bracketed) {
    const host = bracketed[1]!.trim();
    return { host: host === '' ? null : host, port: parsePort(bracketed[2]) };
  }
  const first = s.indexOf(':');
  if (first !== -1 && first === s.lastIndexOf(':')) {
    const host = s.slice(0, first).trim();
    return { host: host === '' ? null : host, port: parsePort(s.slice(first + 1)) };
  }
  // No colon, or several (a bare IPv6 address, which cannot carry a port without brackets).
  return { host: s, port: null };
}

function parsePort(raw: string | undefined): number | null {
  const n = parseCount(raw);
  return n !== null && n >= 1 && n <= 65535 ? n : null;
}

/** A non-negative decimal integer (up to 2^31 − 1) of 1–10 digits, or null. */
export function parseCount(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = decimalValue(trimText(raw), 10);
  return n <= 0x7fffffff ? n : null;
}

/**
 * `s.trim()`, without the call when `s` starts and ends with printable ASCII (never whitespace):
 * nearly every value, and a call per value was a measurable part of reading an event.
 */
export function trimText(s: string): string {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? s : s.trim();
}

/** The value of `s` when it is 1 to `maxDigits` ASCII digits (exact up to 2^53), else NaN. */
function decimalValue(s: string, maxDigits: number): number {
  const n = s.length;
  if (n < 1 || n > maxDigits) return NaN;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

function parseFlag(raw: string | undefined): boolean | null {
  const s = trimText(raw ?? '');
  if (s === '1') return true;
  if (s === '0') return false;
  return null;
}

function text(raw: string | undefined): string | null {
  const s = trimText(raw ?? '');
  return s === '' ? null : s;
}

/** The insertion strings as one list, trimmed: a single Data element holds the comma-joined fields. */
function expand(data: readonly string[]): string[] {
  if (data.length === 1) return asString(data[0]).split(',').map(trimText);
  const out = new Array<string>(data.length);
  for (let i = 0; i < data.length; i++) out[i] = trimText(asString(data[i]));
  return out;
}

/** Exports hold strings; a JSON export may hold anything (`null`, numbers). */
function asString(d: unknown): string {
  return typeof d === 'string' ? d : String(d ?? '');
}

/**
 * The client's request as 12288 (client side) and 12290 (host side) both log it, in the same
 * order from the CMID on: CMID, client time, VM flag, license state, minutes to expiry, activation id.
 */
function loggedRequest(f: readonly string[], cmidAt: number): LoggedRequest {
  return {
    cmid: normalizeGuid(f[cmidAt]),
    clientTime: text(f[cmidAt + 1]),
    isVm: parseFlag(f[cmidAt + 2]),
    licenseState: parseCount(f[cmidAt + 3]),
    minutesToExpiry: parseCount(f[cmidAt + 4]),
    activationId: normalizeGuid(f[cmidAt + 5]),
  };
}

function request(f: readonly string[]): KmsEventFields | null {
  // 10 fields; the 10th (minimum count) is empty or missing when the host did not answer.
  if (f.length < 9) return null;
  const hresult = hexHresult(f[0]);
  if (hresult === null) return null;
  const { host, port } = parseHostPort(f[2]);
  return {
    kind: 'request',
    hresult,
    host,
    port,
    ...loggedRequest(f, 3),
    minimumCount: parseCount(f[9]),
  };
}

function response(f: readonly string[]): KmsEventFields | null {
  // 8 fields; the client timestamp (last) may be missing.
  if (f.length < 7) return null;
  const hresult = hexHresult(f[0]);
  if (hresult === null) return null;
  return {
    kind: 'response',
    hresult,
    activated: parseFlag(f[2]),
    currentCount: parseCount(f[4]),
    activationIntervalMinutes: parseCount(f[5]),
    renewalIntervalMinutes: parseCount(f[6]),
    clientTime: text(f[7]),
  };
}

/**
 * 12290 (§4.6): one Data → split on commas; 10 or more → fields 1–9; exactly 9 → 0–8. A
 * layout counts only when its HRESULT is `0x…` and its CMID is a GUID; when 1–9 does not
 * validate, 0–8 is tried, so an unexpected extra trailing element does not lose the event.
 */
function hostRequest(f: readonly string[]): KmsEventFields | null {
  // Where the nine fields start, in the order tried (indexes instead of copies of the list).
  const starts = f.length >= 10 ? [1, 0] : f.length === 9 ? [0] : [];
  for (const at of starts) {
    const hresult = hexHresult(f[at]);
    if (hresult === null) continue;
    const logged = loggedRequest(f, at + 3);
    if (logged.cmid === null) continue;
    return { kind: 'host-request', hresult, minimumCount: parseCount(f[at + 1]), clientName: text(f[at + 2]), ...logged };
  }
  return null;
}

/** 12293: %1 HRESULT, %2 domain (VA2-OPS); the other order is accepted too. */
function publishFailed(data: readonly string[]): KmsEventFields | null {
  const d = data.map((s) => (typeof s === 'string' ? s : String(s ?? '')));
  for (const [h, dom] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const hresult = d[h] === undefined ? null : normalizeHresult(d[h]!);
    if (hresult !== null) return { kind: 'publish-failed', hresult, domain: text(d[dom]) };
  }
  return null;
}

/** 12294: %1 domain; without it the event did not parse (every 12294 names its domain). */
function publishOk(data: readonly string[]): KmsEventFields | null {
  const domain = data.map((s) => text(typeof s === 'string' ? s : String(s ?? ''))).find((s) => s !== null) ?? null;
  return domain === null ? null : { kind: 'publish-ok', domain };
}

/** 8198: `hr=0x…` in one element, the `RuleId=…;Action=…` context in another. */
function activationFailed(data: readonly string[]): KmsEventFields | null {
  const d = data.map((s) => (typeof s === 'string' ? s : String(s ?? '')));
  let hresult: string | null = null;
  let hrIndex = -1;
  for (let i = 0; i < d.length && hresult === null; i++) {
    const m = /(?:^|[\s;,])hr\s*=\s*(0x[0-9a-f]{1,16})\b/i.exec(d[i]!);
    if (m) {
      hresult = normalizeHresult(m[1]!);
      hrIndex = i;
    }
  }
  if (hresult === null) return null;
  const rest = d.filter((_, i) => i !== hrIndex);
  const context = text(rest.find((s) => /^\s*RuleId\s*=/i.test(s)) ?? rest.find((s) => s.trim() !== ''));
  return { kind: 'activation-failed', hresult, context };
}

/**
 * The fields of an activation event from its insertion strings (Data elements / Properties),
 * or null when the id is not one of ACTIVATION_EVENT_IDS or the strings do not have the
 * documented shape. Never throws.
 */
export function parseEventFields(id: number, data: string[]): KmsEventFields | null {
  try {
    if (!Array.isArray(data)) return null;
    switch (id) {
      case 12288:
        return request(expand(data));
      case 12289:
        return response(expand(data));
      case 12290:
        return hostRequest(expand(data));
      case 12293:
        return publishFailed(data);
      case 12294:
        return publishOk(data);
      case 8198:
        return activationFailed(data);
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** A parsed timestamp: UTC milliseconds, and whether the text said which zone it was in. */
export interface ParsedTime {
  ms: number;
  /** false when the text had no zone (then it was read as UTC, which may be off by the UTC offset). */
  zoned: boolean;
  /** true when a d/m/yyyy-or-m/d/yyyy date could be read either way (read per `dayFirst`, default month/day). */
  ambiguous: boolean;
  /** For n/n/yyyy dates whose order the value itself proves: true = d/M/yyyy, false = M/d/yyyy; else null. */
  dayFirst: boolean | null;
}

const MIN_MS = Date.UTC(1601, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string | undefined): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = frac === undefined || frac === '' ? 0 : Math.floor(Number(`0.${frac.slice(0, 9)}`) * 1000);
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(t);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t >= MIN_MS && t <= MAX_MS ? t : null;
}

/**
 * An event time as exports write it: ISO 8601 (`2025-03-10T08:15:02.3456789Z`, any number of
 * fraction digits, `Z`, `+01:00` or no zone), ConvertTo-Json's `/Date(1741594502345)/`, or the
 * culture-formatted text Export-Csv writes (`3/10/2025 8:15:02 AM`, `10.03.2025 08:15:02`,
 * `2025/03/10 8:15:02`). Null when it is none of these.
 */
export function parseEventTime(raw: string, options?: { dayFirst?: boolean }): ParsedTime | null {
  const s = trimText(raw);
  if (s === '' || s.length > 64) return null;
  const zulu = isoZuluMs(s);
  if (!Number.isNaN(zulu)) return { ms: zulu, zoned: true, ambiguous: false, dayFirst: null };
  let m = /^\/?Date\((-?\d{1,15})(?:[+-]\d{4})?\)\/?$/.exec(s);
  if (m) {
    const ms = Number(m[1]);
    return ms >= MIN_MS && ms <= MAX_MS ? { ms, zoned: true, ambiguous: false, dayFirst: null } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m) {
    const t = utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7]);
    if (t === null) return null;
    const zone = m[8];
    if (zone === undefined) return { ms: t, zoned: false, ambiguous: false, dayFirst: null };
    if (/^z$/i.test(zone)) return { ms: t, zoned: true, ambiguous: false, dayFirst: null };
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const offset = (+z[2]! * 60 + +(z[3] ?? 0)) * (z[1] === '-' ? -1 : 1);
    if (offset > 18 * 60 || offset < -18 * 60) return null;
    const ms = t - offset * 60_000;
    return ms >= MIN_MS && ms <= MAX_MS ? { ms, zoned: true, ambiguous: false, dayFirst: null } : null;
  }
  // Culture formats: date part, then time with optional seconds and AM/PM.
  m = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AaPp]\.?[Mm]\.?)?$/.exec(s);
  if (!m) return null;
  const [a, sep, b, c] = [m[1]!, m[2]!, +m[3]!, m[4]!];
  let h = +m[5]!;
  const ampm = m[9]?.toLowerCase().replace(/\./g, '');
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  let y: number;
  let mo: number;
  let d: number;
  let ambiguous = false;
  let dayFirst: boolean | null = null;
  if (a.length === 4) {
    [y, mo, d] = [+a, b, +c]; // yyyy/M/d (ja, zh, invariant-ish)
  } else if (c.length === 4) {
    y = +c;
    if (sep === '.')
      [d, mo] = [+a, b]; // d.M.yyyy (de, ru, …)
    else if (+a > 12) {
      [d, mo] = [+a, b]; // d/M/yyyy (en-GB, fr, …), proven by the day
      dayFirst = true;
    } else if (b > 12) {
      [mo, d] = [+a, b]; // M/d/yyyy, proven by the day
      dayFirst = false;
    } else {
      ambiguous = +a !== b;
      [mo, d] = options?.dayFirst === true ? [b, +a] : [+a, b]; // default M/d/yyyy (en-US, invariant)
    }
  } else return null;
  const t = utc(y, mo, d, h, +m[6]!, +(m[7] ?? 0), m[8]);
  return t === null ? null : { ms: t, zoned: false, ambiguous, dayFirst };
}

/**
 * The event's strings copied so that they keep none of the reader's buffers alive: V8 represents
 * a substring of 13+ characters as a view into its parent, so a Data value cut from a 64 KiB read
 * chunk would pin the whole chunk for as long as the event is kept. ONE copy serves all of them:
 * the long ones are joined, the join is flattened once, and each is cut back out of it. The strings of one event
 * then share one string of their total length — what per-string copies took too, in one
 * allocation and one flattening instead of one per string (a measurable part of reading a log).
 */
class DetachedStrings {
  private readonly joined: string;
  private at = 0;

  constructor(strings: ReadonlyArray<string | null>, more: readonly string[]) {
    let joined = '';
    for (const s of strings) if (s !== null && s.length >= 13) joined += s;
    for (const s of more) if (s.length >= 13) joined += s;
    // Reading a character makes V8 flatten the concatenation in place: the cuts below then refer
    // to one flat string instead of to the pieces.
    joined.charCodeAt(0);
    this.joined = joined;
  }

  /** The next string, in the order given to the constructor. */
  next<T extends string | null>(s: T): T {
    if (s === null || s.length < 13) return s;
    const copy = this.joined.slice(this.at, this.at + s.length);
    this.at += s.length;
    return copy as T;
  }
}

/** A KmsEvent from what a reader found; fields parsed from the data. Strings are detached from the reader's buffers. */
export function buildEvent(r: { id: number; ms: number; recordId: number | null; provider: string | null; log: string | null; computer: string | null; data: string[] }): KmsEvent {
  const copies = new DetachedStrings([r.provider, r.log, r.computer], r.data);
  const provider = copies.next(r.provider);
  const log = copies.next(r.log);
  const computer = copies.next(r.computer);
  const data = new Array<string>(r.data.length);
  for (let i = 0; i < data.length; i++) data[i] = copies.next(r.data[i]!);
  return {
    id: r.id,
    timeCreated: isoString(r.ms),
    recordId: r.recordId,
    provider,
    log,
    computer,
    data,
    fields: parseEventFields(r.id, data),
  };
}

/** A record id (EventRecordID / RecordId): a non-negative safe integer, or null. */
export function parseRecordId(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string') return null;
  // Above 2^53 the sum is no longer exact but stays above it: not a safe integer either way.
  const n = decimalValue(trimText(raw), 16);
  return Number.isSafeInteger(n) ? n : null;
}

/** An event id: an integer 0–65535, or null. */
export function parseEventId(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? decimalValue(trimText(raw), 5) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}
