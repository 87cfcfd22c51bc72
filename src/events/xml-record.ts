/**
 * The fast path of the wevtutil XML reader: reads ONE top-level `<Event>…</Event>` record as a
 * string, with a scanner over character codes instead of a general XML parser.
 *
 * It accepts only a strict subset of XML — ASCII names, quoted attributes without tabs or line
 * breaks, the five predefined entities, no comments, CDATA, processing instructions, character
 * references, control characters or surrogates — and checks that subset fully (tags balanced,
 * no duplicate attributes, the depth and size caps). Whatever falls outside it is declined
 * (null), and the caller hands the record and the rest of the file to saxes, which then either
 * reads it or refuses it with its own message. So the fast path never accepts what saxes would
 * refuse, and never decides an error itself: it only saves saxes' per-character work on the
 * plain records that make up real exports (kms-log.bench.ts prints the difference).
 *
 * What is extracted mirrors read-xml.ts's saxes handlers exactly (a test compares both on every
 * sample and on a generated large log).
 */
import { ACTIVATION_EVENT_IDS, parseEventId, parseRecordId, trimText } from './fields.js';
import type { RecordHeader } from './record-header.js';

/** The raw values of one event, as read-xml.ts's saxes path collects them. */
export interface XmlEventValues extends RecordHeader {
  data: string[];
}

export interface XmlRecordLimits {
  maxDepth: number;
  maxAttributes: number;
  maxDataElements: number;
}

const ENTITY = /&(lt|gt|amp|quot|apos);/g;
const ENTITY_TEXT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.includes('&') ? s.replace(ENTITY, (_, e: string) => ENTITY_TEXT[e]!) : s;
}

export type Capture = 'id' | 'recordId' | 'log' | 'computer' | 'data';

/** What the reader does with an attribute value: Provider@Name and TimeCreated@SystemTime. */
export type AttributeUse = 'provider' | 'time';

/**
 * Where a record's values are, noted by the scanner for xml-shape.ts (which turns an accepted
 * record's markup into a regex for the records after it). Offsets into the record.
 */
export interface RecordNotes {
  /** Every attribute value as [start, end) pairs, in order. */
  attributeValues: number[];
  /** Every text run inside the Event element as [start, end) pairs, empty ones included, in order. */
  texts: number[];
  /**
   * What the scanner did with values, in document order: `start` is where the attribute value or
   * the element's text starts, -1 for none (an attribute not there: null; an empty element: '').
   * A Data element is noted whatever the id: whether it is kept depends on the id's value.
   */
  uses: Array<{ use: AttributeUse | Capture; start: number }>;
  /** false when an element whose text is read holds elements (its value is pieced together). */
  plain: boolean;
}

// Character codes.
const TAB = 9,
  LF = 10,
  SPACE = 32,
  QUOTE = 34,
  APOS = 39,
  SLASH = 47,
  COLON = 58,
  LT = 60,
  EQ = 61,
  GT = 62;

/** XML whitespace without CR (a CR is outside the subset: saxes normalizes line ends). */
function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB;
}

/**
 * Characters outside the subset anywhere in the record: control characters other than tab and
 * LF, CR (saxes normalizes line ends; not worth copying), any surrogate (saxes checks pairing),
 * U+FFFE/U+FFFF; then `&` other than the five predefined entities (no character references) and
 * `]]>`, looked for only when indexOf finds an `&` or a `]]>` (a character class scan and two
 * indexOf calls are much faster than one regex with all three alternatives). The scanner below
 * then needs no per-character checks in text.
 */
const BAD_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uD800-\uDFFF\uFFFE\uFFFF]/;
const BAD_ENTITY = /&(?!(?:lt|gt|amp|quot|apos);)/;

function outsideSubset(record: string): boolean {
  if (BAD_CHARACTER.test(record) || record.includes(']]>')) return true;
  return record.includes('&') && BAD_ENTITY.test(record);
}

const APOS_VALUE = /[^'<\t\n]*'/y;
const QUOTE_VALUE = /[^"<\t\n]*"/y;

/** Per ASCII code: 2 = name start character (letters, '_', ':'), 1 = other name character (digits, '-', '.'). A table: names are scanned per character. */
const NAME_TABLE = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_:]/.test(ch)) t[c] = 2;
    else if (/[0-9.-]/.test(ch)) t[c] = 1;
  }
  return t;
})();

/** ASCII name start characters (a subset of the Name production). */
function isNameStart(c: number): boolean {
  return c < 128 && NAME_TABLE[c] === 2;
}

function isNameChar(c: number): boolean {
  return c < 128 && NAME_TABLE[c] !== 0;
}

/** The names this reader looks at, compared in place (no substring per tag). */
function nameIs(s: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && s.startsWith(name, start);
}

/** Whether s[a, a+len) and s[b, b+len) hold the same characters. */
function sameChars(s: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** Where the local part of the name s[start, end) starts (after the first colon). */
function localStart(s: string, start: number, end: number): number {
  for (let k = start; k < end; k++) if (s.charCodeAt(k) === COLON) return k + 1;
  return start;
}

/** Start and end offsets of the attribute names of the tag being read (reused: no allocation per tag). */
let attrNames = new Int32Array(64);

/**
 * Reads one record that starts with `<Event` and ends with its end tag. Returns the event's
 * values, or null when the record is outside the subset this path reads (then saxes must).
 *
 * A hand-written scanner over character codes: open elements are kept as offsets into the
 * record, so plain tags cost no allocation; only the few captured values become strings.
 */
export function readXmlRecord(record: string, limits: XmlRecordLimits, notes?: RecordNotes): XmlEventValues | null {
  if (outsideSubset(record)) return null;
  const rec: XmlEventValues = { id: null, time: null, recordId: null, provider: null, log: null, computer: null, data: [] };
  const n = record.length;
  // Open elements: name start and end offsets.
  const starts: number[] = [];
  const ends: number[] = [];
  let capture: Capture | null = null;
  let captureDepth = 0;
  let buf = '';
  // For notes: the element whose text is read, whatever the id (a Data element is one even when
  // its text is not kept), and the depth it is at (0: none open).
  let reads: Capture | null = null;
  let readsDepth = 0;
  // Which child of Event is open (depth 2): System and EventData hold what is read.
  let section: 'system' | 'data' | null = null;
  let i = 0;
  while (i < n) {
    let c = record.charCodeAt(i);
    if (c !== LT) {
      // Text (its characters were checked by outsideSubset): only inside the Event element.
      if (starts.length === 0) return null;
      const lt = record.indexOf('<', i);
      if (lt === -1) return null;
      if (capture !== null) buf += unescapeXml(record.slice(i, lt));
      i = lt;
      continue;
    }
    i++;
    if (record.charCodeAt(i) === SLASH) {
      // An end tag: it must name the open element, compared in place with its start tag's name.
      i++;
      const depth = starts.length;
      if (depth === 0) return null;
      const openStart = starts[depth - 1]!;
      const len = ends[depth - 1]! - openStart;
      if (!sameChars(record, openStart, i, len) || isNameChar(record.charCodeAt(i + len))) return null;
      i += len;
      while (isSpace(record.charCodeAt(i))) i++;
      if (record.charCodeAt(i) !== GT) return null;
      i++;
      if (capture !== null && depth === captureDepth) {
        if (!finishCapture(rec, capture, buf, limits)) return null;
        capture = null;
        buf = '';
      }
      if (reads !== null && depth === readsDepth) reads = null;
      starts.pop();
      ends.pop();
      if (starts.length === 0) return i === n ? rec : null;
      if (notes !== undefined) noteText(notes, record, i);
      continue;
    }
    // The name ('<!' and '<?' — comments, CDATA, DOCTYPE, processing instructions — fail here).
    const nameStart = i;
    if (!isNameStart(record.charCodeAt(i))) return null;
    for (i++; i < n && isNameChar(record.charCodeAt(i)); i++);
    const nameEnd = i;
    // A start tag (or an empty element, which opens and closes at once).
    const depth = starts.length + 1;
    if (depth === 1) {
      const l = localStart(record, nameStart, nameEnd);
      if (nameStart !== 1 || !nameIs(record, l, nameEnd, 'Event')) return null;
    }
    if (depth > limits.maxDepth) return null;
    if (notes !== undefined && reads !== null) notes.plain = false; // an element inside one whose text is read
    let wanted: 'Name' | 'SystemTime' | null = null;
    let startCapture: Capture | null = null;
    let startReads: Capture | null = null;
    if (depth === 2) {
      const l = localStart(record, nameStart, nameEnd);
      section = nameIs(record, l, nameEnd, 'System') ? 'system' : nameIs(record, l, nameEnd, 'EventData') ? 'data' : null;
    } else if (capture === null && depth === 3 && section !== null) {
      const l = localStart(record, nameStart, nameEnd);
      // By length first: most System children (Level, Task, Keywords…) are not read.
      const len = nameEnd - l;
      if (section === 'system') {
        if (len === 8) {
          if (record.startsWith('Provider', l)) wanted = 'Name';
          else if (record.startsWith('Computer', l)) startCapture = 'computer';
        } else if (len === 11) {
          if (record.startsWith('TimeCreated', l)) wanted = 'SystemTime';
        } else if (len === 7) {
          if (record.startsWith('EventID', l)) startCapture = 'id';
          else if (record.startsWith('Channel', l)) startCapture = 'log';
        } else if (len === 13) {
          if (record.startsWith('EventRecordID', l)) startCapture = 'recordId';
        }
      } else if (len === 4 && record.startsWith('Data', l)) {
        // Once the id is known to be irrelevant, Data is not collected.
        startReads = 'data';
        if (rec.id === null || ACTIVATION_EVENT_IDS.has(rec.id)) startCapture = 'data';
      }
      if (startCapture !== null) startReads = startCapture;
    }
    // Attributes: each after whitespace, name = 'value' or "value"; no duplicates.
    let found: string | null = null;
    let foundAt = -1;
    let attributes = 0;
    let attrCount = 0;
    for (;;) {
      const before = i;
      while (isSpace(record.charCodeAt(i))) i++;
      c = record.charCodeAt(i);
      if (c === GT || c === SLASH) break;
      if (i === before || !isNameStart(c)) return null;
      const an = i;
      for (i++; i < n && isNameChar(record.charCodeAt(i)); i++);
      const ae = i;
      if (++attributes > limits.maxAttributes) return null;
      for (let k = 0; k < attrCount; k += 2) {
        if (attrNames[k + 1]! - attrNames[k]! === ae - an && sameChars(record, attrNames[k]!, an, ae - an)) return null; // a duplicate
      }
      if (attrCount + 2 > attrNames.length) {
        const grown = new Int32Array(attrNames.length * 2);
        grown.set(attrNames);
        attrNames = grown;
      }
      attrNames[attrCount++] = an;
      attrNames[attrCount++] = ae;
      while (isSpace(record.charCodeAt(i))) i++;
      if (record.charCodeAt(i) !== EQ) return null;
      i++;
      while (isSpace(record.charCodeAt(i))) i++;
      const q = record.charCodeAt(i);
      if (q !== APOS && q !== QUOTE) return null;
      const vs = ++i;
      // The value up to its closing quote, in one native scan: no '<', and no tab or LF (saxes
      // would normalize them to spaces).
      const value = q === APOS ? APOS_VALUE : QUOTE_VALUE;
      value.lastIndex = vs;
      if (!value.test(record)) return null;
      i = value.lastIndex - 1;
      const ve = i++;
      if (notes !== undefined) notes.attributeValues.push(vs, ve);
      if (wanted !== null && found === null && nameIs(record, localStart(record, an, ae), ae, wanted)) {
        found = unescapeXml(record.slice(vs, ve));
        foundAt = vs;
      }
    }
    const empty = c === SLASH;
    if (empty) i++;
    if (record.charCodeAt(i) !== GT) return null;
    i++;
    if (wanted === 'Name') rec.provider = found;
    else if (wanted === 'SystemTime') rec.time = found;
    if (notes !== undefined && wanted !== null) notes.uses.push({ use: wanted === 'Name' ? 'provider' : 'time', start: foundAt });
    if (notes !== undefined && startReads !== null) notes.uses.push({ use: startReads, start: empty ? -1 : i });
    if (startCapture !== null) {
      capture = startCapture;
      captureDepth = depth;
      buf = '';
    }
    if (startReads !== null && !empty) {
      reads = startReads;
      readsDepth = depth;
    }
    if (empty) {
      if (capture !== null && depth === captureDepth) {
        if (!finishCapture(rec, capture, '', limits)) return null;
        capture = null;
      }
      if (depth === 1) return i === n ? rec : null;
    } else {
      starts.push(nameStart);
      ends.push(nameEnd);
    }
    if (notes !== undefined) noteText(notes, record, i);
  }
  return null; // the Event element was not closed
}

/** Notes the text run at `at` (up to the next tag; empty when a tag follows at once). */
function noteText(notes: RecordNotes, record: string, at: number): void {
  const lt = record.indexOf('<', at);
  notes.texts.push(at, lt === -1 ? record.length : lt);
}

/** Stores a captured value, for the fast path and the saxes path alike; false when the Data cap is exceeded. */
export function finishCapture(rec: XmlEventValues, capture: Capture, value: string, limits: XmlRecordLimits): boolean {
  switch (capture) {
    case 'id':
      rec.id = parseEventId(value);
      if (rec.id !== null && !ACTIVATION_EVENT_IDS.has(rec.id)) rec.data = [];
      break;
    case 'recordId':
      rec.recordId = parseRecordId(value);
      break;
    case 'log':
      rec.log = trimText(value) || null;
      break;
    case 'computer':
      rec.computer = trimText(value) || null;
      break;
    case 'data':
      if (rec.data.length >= limits.maxDataElements) return false;
      rec.data.push(value);
      break;
  }
  return true;
}
