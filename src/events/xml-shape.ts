/**
 * Record shapes: the XML fast path's way past per-character scanning. wevtutil writes the records
 * of one provider with the same markup again and again; only text and attribute values change.
 * So once xml-record.ts's scanner has read a record, its markup becomes one sticky regex: the
 * markup literally, each attribute value and each text run a character class. The records after
 * it are then matched by one native regex run each, which costs a fraction of the scan.
 *
 * Why a match reads exactly as the scanner would: the classes admit only characters the scanner
 * accepts there and nothing that could start or end markup — no `<`, `>` or `&` (so no entities,
 * no `]]>`), no quote of the value's own kind, and none of the characters the scanner declines
 * (CR, control characters, surrogates, U+FFFE/U+FFFF). A matching record therefore has the very
 * tokens of the learned one — the same tags, attributes, nesting and order — and the scanner
 * would take the same path through it, keeping the values in the same places. Those are replayed
 * in document order through the scanner's own finishCapture, including the one decision that
 * depends on a value (Data is kept only for an activation id). A record that does not match goes
 * to the scanner as before. Only records whose read elements hold text alone are learned (a value
 * pieced together from several text runs is left to the scanner), only records that end in
 * `</Event>` exactly, so a match ends where the reader's search for the end tag ends, and only
 * records of real size (MAX_LEARNED_CHARS).
 */
import { ACTIVATION_EVENT_IDS } from './fields.js';
import { type AttributeUse, type Capture, finishCapture, type RecordNotes, type XmlEventValues, type XmlRecordLimits } from './xml-record.js';

/** Characters the scanner declines anywhere, as a character class body. */
const DECLINED = '\\r\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF';
const TEXT = `[^<>&${DECLINED}]*`;
/** Attribute values also exclude tab and LF (saxes turns them into spaces; the scanner declines them). */
const APOS_VALUE = `[^'<>&\\t\\n${DECLINED}]*`;
const QUOTE_VALUE = `[^"<>&\\t\\n${DECLINED}]*`;

/**
 * Longer records are not learned: real ones are a few KB, and the regex grows with the record
 * (a hostile record of thousands of elements would make a huge one, or one V8 refuses).
 */
const MAX_LEARNED_CHARS = 16 * 1024;

/** What to do with one value, in document order: its regex group (0: an absent attribute or an empty element). */
interface Use {
  use: AttributeUse | Capture;
  group: number;
}

export interface RecordShape {
  pattern: RegExp;
  uses: Use[];
}

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The shape of a record the scanner accepted with `notes`, or null when it cannot be learned (a
 * read element holding elements; an end other than `</Event>`).
 */
export function learnShape(record: string, notes: RecordNotes): RecordShape | null {
  if (!notes.plain || !record.endsWith('</Event>') || record.length > MAX_LEARNED_CHARS) return null;
  // Slots by start: attribute values and text runs never start at the same offset.
  const slots: Array<{ start: number; end: number; cls: string }> = [];
  for (let k = 0; k < notes.attributeValues.length; k += 2) {
    const start = notes.attributeValues[k]!;
    slots.push({ start, end: notes.attributeValues[k + 1]!, cls: record.charCodeAt(start - 1) === 39 ? APOS_VALUE : QUOTE_VALUE });
  }
  for (let k = 0; k < notes.texts.length; k += 2) slots.push({ start: notes.texts[k]!, end: notes.texts[k + 1]!, cls: TEXT });
  slots.sort((a, b) => a.start - b.start);
  const read = new Set(notes.uses.map((u) => u.start));
  const groups = new Map<number, number>();
  let source = '';
  let at = 0;
  for (const slot of slots) {
    source += escapeLiteral(record.slice(at, slot.start));
    if (read.has(slot.start)) {
      groups.set(slot.start, groups.size + 1);
      source += `(${slot.cls})`;
    } else source += slot.cls;
    at = slot.end;
  }
  source += escapeLiteral(record.slice(at));
  const uses: Use[] = [];
  for (const u of notes.uses) {
    const group = u.start === -1 ? 0 : groups.get(u.start);
    if (group === undefined) return null; // a value outside every slot: cannot happen for a scanned record
    uses.push({ use: u.use, group });
  }
  try {
    return { pattern: new RegExp(source, 'y'), uses };
  } catch {
    return null; // a pattern V8 will not compile: the scanner reads these records
  }
}

/**
 * Matches `shape` at `from` in `text`: the record's end and values, or null when the record is
 * not of this shape (or exceeds a limit the scanner would decline it for).
 */
export function matchShape(shape: RecordShape, text: string, from: number, limits: XmlRecordLimits): { end: number; values: XmlEventValues } | null {
  shape.pattern.lastIndex = from;
  const m = shape.pattern.exec(text);
  if (m === null) return null;
  const rec: XmlEventValues = { id: null, time: null, recordId: null, provider: null, log: null, computer: null, data: [] };
  // As the scanner: once the id is known to be irrelevant, Data is not collected.
  let keepData = true;
  for (const u of shape.uses) {
    const value = u.group === 0 ? null : m[u.group]!;
    if (u.use === 'provider') rec.provider = value;
    else if (u.use === 'time') rec.time = value;
    else if (u.use !== 'data' || keepData) {
      if (!finishCapture(rec, u.use, value ?? '', limits)) return null;
      if (u.use === 'id') keepData = rec.id === null || ACTIVATION_EVENT_IDS.has(rec.id);
    }
  }
  return { end: from + m[0].length, values: rec };
}

/** Shapes kept at once: the few kinds of record an export alternates between. */
const MAX_SHAPES = 4;

/**
 * The shapes learned while reading one file, most recently matched first. Learning compiles a
 * regex, so a file whose records never repeat a shape must not pay for one per record: after
 * the last match, the 1st, 2nd, 4th, 8th … record read by the scanner is learned from.
 */
export class ShapeCache {
  private readonly shapes: RecordShape[] = [];
  private scannedSinceMatch = 0;

  match(text: string, from: number, limits: XmlRecordLimits): { end: number; values: XmlEventValues } | null {
    for (let k = 0; k < this.shapes.length; k++) {
      const shape = this.shapes[k]!;
      const hit = matchShape(shape, text, from, limits);
      if (hit === null) continue;
      if (k > 0) {
        this.shapes.splice(k, 1);
        this.shapes.unshift(shape);
      }
      this.scannedSinceMatch = 0;
      return hit;
    }
    return null;
  }

  /** Whether the record the scanner is about to read should be learned from (then read it with notes). */
  wantsToLearn(): boolean {
    const n = ++this.scannedSinceMatch;
    return (n & (n - 1)) === 0;
  }

  learn(record: string, notes: RecordNotes): void {
    const shape = learnShape(record, notes);
    if (shape === null) return;
    this.shapes.unshift(shape);
    if (this.shapes.length > MAX_SHAPES) this.shapes.pop();
  }
}

export function emptyNotes(): RecordNotes {
  return { attributeValues: [], texts: [], uses: [], plain: true };
}
