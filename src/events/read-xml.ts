/**
 * Streaming reader for `wevtutil qe … /f:xml` output (and Event Viewer "Save as XML", and
 * concatenated `$event.ToXml()`): one or many `<Event>` elements, with or without a root
 * element — wevtutil writes `<Event>`s back to back with no root, so everything is parsed
 * inside a virtual root. Element names are matched by local name, so the default namespace
 * (`xmlns='http://schemas.microsoft.com/win/2004/08/events/event'`) or a prefix changes nothing.
 *
 * What is read per event: System/Provider@Name, System/EventID (text; `Qualifiers` ignored),
 * System/TimeCreated@SystemTime, System/EventRecordID, System/Channel, System/Computer, and
 * each EventData/Data in order (with or without `Name`). RenderingInfo/Message is never read.
 *
 * Hostile input: DOCTYPE and ENTITY declarations are rejected before parsing (no entity is
 * ever expanded — saxes knows only the five predefined ones and character references);
 * element depth, attributes per element, characters per text/comment/name, Data elements
 * and characters per event are capped (XML_LIMITS), so memory stays bounded per event and
 * the parser's own buffers cannot grow with the file.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { UsageError } from '../core/usage-error.js';
import { type AcceptPolicy, acceptRecord, type RawRecord } from './accept-record.js';
import { ACTIVATION_EVENT_IDS, type EventSink } from './fields.js';
import { HEAD_CHARACTERS, readHead } from './read-head.js';
import { type Capture, finishCapture, readXmlRecord, type XmlEventValues } from './xml-record.js';
import { emptyNotes, ShapeCache } from './xml-shape.js';

export const XML_LIMITS = {
  /** Nesting depth of elements (a real event is 4 deep; Event Viewer's root adds 1). */
  maxDepth: 64,
  /** Characters in one text node, comment, CDATA section, attribute value or name. */
  maxTextChars: 1024 * 1024,
  /** Attributes on one element. */
  maxAttributes: 256,
  /** Data elements in one activation event. */
  maxDataElements: 256,
  /** Characters of Data, Provider, Channel and Computer kept for one event; more: skipped. */
  maxEventChars: 8192,
} as const;

const XML_POLICY: AcceptPolicy = {
  idName: 'EventID',
  timeName: 'TimeCreated SystemTime',
  unzonedWarning: msg('input-note.events.unzoned'),
  maxEventChars: XML_LIMITS.maxEventChars,
};

const ROOT = 'kmsdoctor-virtual-root';
const SLICE = 64 * 1024;
const FORBIDDEN = /<!\s*(?:DOCTYPE|ENTITY)/i;

/** One event as the saxes path collects it: the same values as the fast path's. */
interface EventRecord extends XmlEventValues {
  /** An EventID element was met, whether or not its text reads as a number. */
  idSeen: boolean;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

function attr(tag: SaxesTagPlain, wanted: string): string | null {
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === wanted) return v;
  return null;
}

/** Replaces a leading `<?xml …?>` (after a BOM/whitespace) by blanks, keeping line numbers. */
function blankDeclaration(name: string, head: string, complete: boolean): string {
  const m = /^(\uFEFF?\s*)<\?xml(?=[\s?])/.exec(head);
  if (!m) return head.replace(/^\uFEFF/, ' ');
  const end = head.indexOf('?>', m[0].length);
  if (end === -1) {
    throw inputError('input-error.events.xml-declaration', { path: name, complete, max: HEAD_CHARACTERS });
  }
  return head.slice(0, end + 2).replace(/[^\n]/g, ' ') + head.slice(end + 2);
}

/** Where a piece of the input starts in the file: 1-based line, 0-based column. */
interface Position {
  line: number;
  column: number;
}

function describeSaxesError(name: string, err: unknown, at: Position): UsageError {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+): (.*)$/s.exec(msg);
  if (!m) return inputError('input-error.events.xml-invalid', { path: name, detail: msg.replace(/\s+/g, ' ') });
  const line = Number(m[1]);
  // The virtual root tag precedes saxes' line 1, which starts at `at` in the file.
  const column = line === 1 ? Math.max(1, Number(m[2]) - ROOT.length - 2 + at.column) : Number(m[2]);
  return inputError('input-error.events.xml-invalid-at', { path: name, line: line + at.line - 1, column, detail: m[3]!.replace(/\s+/g, ' ') });
}

export interface ReadXmlOptions {
  /**
   * Read plain records with the fast path (xml-record.ts) and hand saxes only what it declines
   * (default true). false: saxes reads everything — the reference the fast path is tested against.
   */
  fastPath?: boolean;
}

/** Counts shared by the two paths: the truncation warning names the complete events before a cut. */
interface ReadState {
  eventsSeen: number;
}

/**
 * Parses the chunks as wevtutil XML, sending every `<Event>` to the sink (non-activation
 * ids as `skip(null)`). Throws UsageError for malformed or hostile XML; a file that ends
 * inside an event gives a warning and the complete events before it.
 */
export async function readXmlEvents(chunks: AsyncIterable<string>, sink: EventSink, name: string, options: ReadXmlOptions = {}): Promise<void> {
  const input = chunks[Symbol.asyncIterator]();
  const state: ReadState = { eventsSeen: 0 };
  // The prolog: buffer the first characters so a leading <?xml …?> can be blanked out
  // (it may not appear inside the virtual root).
  const { head, ended } = await readHead(input);
  const body = blankDeclaration(name, head, ended);
  let rest: { text: string; at: Position } | null = { text: body, at: { line: 1, column: 0 } };
  if (options.fastPath !== false) rest = await readFast(body, input, sink, state);
  if (rest !== null) await readWithSaxes(rest.text, rest.at, input, sink, name, state);
  if (state.eventsSeen === 0) throw inputError('input-error.events.xml-no-event', { path: name, command: 'wevtutil qe … /f:xml' });
}

const RECORD_LIMITS = { maxDepth: XML_LIMITS.maxDepth, maxAttributes: XML_LIMITS.maxAttributes, maxDataElements: XML_LIMITS.maxDataElements };
/** A record longer than this without its end tag goes to saxes, whose caps then apply: bounded memory. */
const MAX_FAST_RECORD = 256 * 1024;
const EVENT_END = /<\/Event[ \t\n]*>/g;
const EVENT_START = /^<Event[ \t\n/>]/;

/**
 * Where the record starting at `from` ends (after its `</Event>`), or -1 when its end tag is not
 * in `text` yet. The usual `</Event>` by indexOf; an end tag with whitespace by a regex search.
 * (A shorter record ending at an earlier `</Event >` is not missed: that record's own scan then
 * finds text after its end and declines it, and saxes reads it.)
 */
function endOfRecord(text: string, from: number): number {
  const plain = text.indexOf('</Event>', from);
  if (plain !== -1) return plain + 8;
  EVENT_END.lastIndex = from;
  const end = EVENT_END.exec(text);
  return end === null ? -1 : end.index + end[0].length;
}

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * The fast path: top-level `<Event>` records separated by whitespace, as wevtutil writes them,
 * each matched against the shapes of earlier records (xml-shape.ts) or else read by
 * readXmlRecord. Returns null at a clean end of input, or the text from the first record it
 * declines (with its position) for saxes to read together with the rest of the input.
 */
async function readFast(body: string, input: AsyncIterator<string>, sink: EventSink, state: ReadState): Promise<{ text: string; at: Position } | null> {
  let pending = body;
  let pos = 0;
  let eof = false;
  const at: Position = { line: 1, column: 0 };
  // Moves `at` over pending[pos, to) as saxes counts lines (CRLF, CR and LF each end one).
  // Accepted records hold no CR, so a record is only searched for LFs; whitespace between
  // records (a few characters) is looked at character by character.
  const advance = (to: number, crFree: boolean) => {
    let lastBreak = -1;
    if (crFree) {
      for (let i = pending.indexOf('\n', pos); i !== -1 && i < to; i = pending.indexOf('\n', i + 1)) {
        at.line++;
        lastBreak = i;
      }
    } else {
      for (let i = pos; i < to; i++) {
        const c = pending.charCodeAt(i);
        if (c === 10 || (c === 13 && pending.charCodeAt(i + 1) !== 10)) {
          at.line++;
          lastBreak = i;
        }
      }
    }
    at.column = lastBreak === -1 ? at.column + (to - pos) : to - lastBreak - 1;
    pos = to;
  };
  // Drops what was read and appends the next chunk; false at the end of input.
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const next = await input.next();
    pending = pending.slice(pos) + (next.done ? '' : next.value);
    pos = 0;
    eof = next.done === true;
    return !eof;
  };
  const decline = () => ({ text: pending.slice(pos), at: { ...at } });
  // One record object for all (acceptRecord keeps nothing of it): no object and closure per record.
  let data: string[] = [];
  const raw: RawRecord = { id: null, time: null, recordId: null, provider: null, log: null, computer: null, data: () => data };
  const accept = (values: XmlEventValues) => {
    state.eventsSeen++;
    raw.id = values.id;
    raw.time = values.time;
    raw.recordId = values.recordId;
    raw.provider = values.provider;
    raw.log = values.log;
    raw.computer = values.computer;
    data = values.data;
    acceptRecord(sink, raw, XML_POLICY);
  };
  const shapes = new ShapeCache();
  for (;;) {
    let first = pos;
    while (first < pending.length && isXmlSpace(pending.charCodeAt(first))) first++;
    if (first === pending.length) {
      // Only whitespace: keep a final CR, whose LF may start the next chunk (one line break).
      advance(pending.endsWith('\r') ? pending.length - 1 : pending.length, false);
      if (!(await more())) return pending.slice(pos).trim() === '' ? null : decline();
      continue;
    }
    advance(first, false);
    const known = shapes.match(pending, pos, RECORD_LIMITS);
    if (known !== null) {
      accept(known.values);
      advance(known.end, true);
      continue;
    }
    const recordEnd = endOfRecord(pending, pos);
    if (recordEnd === -1) {
      if (pending.length - pos > MAX_FAST_RECORD || !(await more())) return decline();
      continue;
    }
    const record = pending.slice(pos, recordEnd);
    if (!EVENT_START.test(record)) return decline();
    const notes = shapes.wantsToLearn() ? emptyNotes() : undefined;
    const values = readXmlRecord(record, RECORD_LIMITS, notes);
    if (values === null) return decline();
    if (notes !== undefined) shapes.learn(record, notes);
    accept(values);
    advance(recordEnd, true);
  }
}

/** Reads `first` and then the rest of `input` with saxes, inside the virtual root. */
async function readWithSaxes(first: string, at: Position, input: AsyncIterator<string>, sink: EventSink, name: string, state: ReadState): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const internal = parser as unknown as { text?: string; name?: string };
  const stack: string[] = [];
  let rec: EventRecord | null = null;
  let eventDepth = 0;
  let capture: Capture | null = null;
  let captureDepth = 0;
  let buf = '';
  let attributes = 0;
  let rootOpened = false;

  const tooLong = () => inputError('input-error.events.xml-text-too-long', { path: name, max: XML_LIMITS.maxTextChars });

  const finishEvent = (r: EventRecord) => {
    state.eventsSeen++;
    acceptRecord(sink, { ...r, data: () => r.data }, XML_POLICY);
  };
  parser.on('opentagstart', () => {
    attributes = 0;
  });
  parser.on('attribute', () => {
    if (++attributes > XML_LIMITS.maxAttributes) {
      throw inputError('input-error.events.xml-too-many-attributes', { path: name, max: XML_LIMITS.maxAttributes });
    }
  });
  parser.on('opentag', (tag) => {
    if (!rootOpened) {
      rootOpened = true; // the virtual root, always the first element
      return;
    }
    const local = localName(tag.name);
    stack.push(local);
    const depth = stack.length;
    if (depth > XML_LIMITS.maxDepth) {
      throw inputError('input-error.events.xml-too-deep', { path: name, max: XML_LIMITS.maxDepth });
    }
    if (rec === null) {
      if (local === 'Event') {
        rec = { id: null, idSeen: false, time: null, recordId: null, provider: null, log: null, computer: null, data: [] };
        eventDepth = depth;
      }
      return;
    }
    if (capture !== null || depth !== eventDepth + 2) return;
    const parent = stack[depth - 2];
    if (parent === 'System') {
      if (local === 'Provider') rec.provider = attr(tag, 'Name');
      else if (local === 'TimeCreated') rec.time = attr(tag, 'SystemTime');
      else if (local === 'EventID') capture = 'id';
      else if (local === 'EventRecordID') capture = 'recordId';
      else if (local === 'Channel') capture = 'log';
      else if (local === 'Computer') capture = 'computer';
    } else if (parent === 'EventData' && local === 'Data') {
      // Once the id is known to be irrelevant, Data is not collected.
      if (rec.id === null || ACTIVATION_EVENT_IDS.has(rec.id)) capture = 'data';
    }
    if (capture !== null) {
      captureDepth = depth;
      buf = '';
    }
  });
  const onText = (t: string) => {
    if (capture === null) return;
    buf += t;
    if (buf.length > XML_LIMITS.maxTextChars) throw tooLong();
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (tag.name === ROOT && stack.length === 0) return;
    const depth = stack.length;
    if (rec !== null && capture !== null && depth === captureDepth) {
      const value = buf;
      buf = '';
      if (capture === 'id') rec.idSeen = true;
      if (!finishCapture(rec, capture, value, XML_LIMITS)) {
        throw inputError('input-error.events.xml-too-many-data', { path: name, max: XML_LIMITS.maxDataElements });
      }
      capture = null;
    }
    if (rec !== null && depth === eventDepth) {
      const r = rec;
      rec = null;
      finishEvent(r);
    }
    stack.pop();
  });

  let carry = '';
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i += SLICE) {
      const piece = s.slice(i, i + SLICE);
      const probe = carry + piece;
      if (FORBIDDEN.test(probe)) {
        throw inputError('input-error.events.xml-doctype', { path: name });
      }
      carry = probe.slice(-16);
      try {
        parser.write(piece);
      } catch (err) {
        if (err instanceof UsageError) throw err;
        throw describeSaxesError(name, err, at);
      }
      if ((internal.text?.length ?? 0) > XML_LIMITS.maxTextChars || (internal.name?.length ?? 0) > XML_LIMITS.maxTextChars) {
        throw tooLong();
      }
    }
  };

  try {
    parser.write(`<${ROOT}>`);
  } catch (err) {
    throw describeSaxesError(name, err, at);
  }
  feed(first);
  for (let next = await input.next(); !next.done; next = await input.next()) feed(next.value);

  // End of input. Inside an event (or inside any markup): the file was cut off.
  let truncated = rec !== null || stack.length > 0;
  if (!truncated) {
    try {
      parser.write(`</${ROOT}>`);
      parser.close();
    } catch {
      truncated = true;
    }
  }
  if (truncated) {
    if (state.eventsSeen === 0) throw inputError('input-error.events.xml-cut', { path: name, command: 'wevtutil /f:xml' });
    sink.warn(msg('input-note.events.xml-cut', { count: state.eventsSeen }));
  }
}
