/**
 * The one timestamp shape that dominates event exports — ISO 8601 in UTC with a `Z`
 * (`2025-03-10T08:15:02.3456789Z` as wevtutil writes it, `2025-03-10T08:15:02.345Z` as
 * toISOString does) — read from character codes and written from lookup tables. Regexes,
 * `new Date(…)`, Date.parse and toISOString each cost more per event than reading the rest of
 * an XML record (kms-log.bench.ts). Both functions give exactly what the general code gives
 * (fields.ts's parseEventTime, Date.parse, Date#toISOString) or, for anything else, decline.
 */

/** 1601-01-01 and the end of 9999: the range parseEventTime accepts. */
const FIRST_YEAR = 1601;
const LAST_YEAR = 9999;

const DIGIT_0 = 48;
const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the `count` decimal digits at s[at…], or -1 when one of them is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let k = at; k < at + count; k++) {
    const d = s.charCodeAt(k) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/**
 * UTC milliseconds of `yyyy-MM-ddTHH:mm:ss(.f+)?Z` (exactly this, nothing around it), or NaN for
 * any other text, a date that does not exist (31 April, hour 24, second 60) or a year outside
 * 1601–9999. The fraction is cut, not rounded, to milliseconds — as parseEventTime's
 * `Math.floor(Number('0.' + digits) * 1000)`, which equals cutting for every digit string, and as
 * Date.parse. Callers fall back to their general parser on NaN.
 */
export function isoZuluMs(s: string): number {
  const n = s.length;
  if (n < 20 || n > 64) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN; // - - T : :
  if (s.charCodeAt(n - 1) !== 90) return NaN; // Z
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const sec = digitsAt(s, 17, 2);
  if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  if (d > (mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1]!)) return NaN;
  let ms = 0;
  if (n > 20) {
    // `.` and at least one digit, all digits up to the Z; the first three count.
    if (s.charCodeAt(19) !== 46 || n === 21) return NaN;
    for (let k = 20; k < n - 1; k++) {
      const c = s.charCodeAt(k) - DIGIT_0;
      if (c < 0 || c > 9) return NaN;
      if (k < 23) ms = ms * 10 + c;
    }
    for (let k = n - 1; k < 23; k++) ms *= 10; // `.5` is 500 ms
  }
  return daysSinceEpoch(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

/** Days from 1970-01-01 to a date from year 1 on (the civil-calendar arithmetic behind Date.UTC, without its call). */
function daysSinceEpoch(y: number, mo: number, d: number): number {
  const year = mo <= 2 ? y - 1 : y; // counted from March, so the leap day ends the year
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** The date part (`yyyy-MM-ddT`) of the last day formatted: events come in time order, so mostly the same day. */
let cachedDay = NaN;
let cachedDayText = '';

/**
 * `new Date(ms).toISOString()` for a time from 1601 to 9999 (what the event readers produce),
 * without a Date object; other values go to toISOString itself.
 */
export function isoString(ms: number): string {
  if (!Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    const date = new Date(ms);
    const y = date.getUTCFullYear();
    if (!(y >= FIRST_YEAR && y <= LAST_YEAR)) return date.toISOString();
    cachedDay = day;
    cachedDayText = `${y}-${TWO_DIGITS[date.getUTCMonth() + 1]}-${TWO_DIGITS[date.getUTCDate()]}T`;
  }
  let rest = ms - day * DAY_MS;
  const msPart = rest % 1000;
  rest = (rest - msPart) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  return `${cachedDayText}${TWO_DIGITS[hour]}:${TWO_DIGITS[min]}:${TWO_DIGITS[sec]}.${THREE_DIGITS[msPart]}Z`;
}
