/**
 * Streaming reader for `Get-WinEvent … | ConvertTo-Json` output (Windows PowerShell 5.1 and
 * PowerShell 7), parsed incrementally with @streamparser/json so a large array never sits in
 * memory whole.
 *
 * Accepted roots: an array of event objects (the usual pipeline output), a single event object
 * (one result), or Windows PowerShell 5.1's `{"value": [...], "Count": n}` wrapper (recognized
 * by `value` being the first key). Per event, keys are matched case-insensitively: Id (or
 * EventID), TimeCreated (`"\/Date(1700000000000)\/"`, an ISO string, or an object with
 * `value`/`DateTime`), RecordId, ProviderName, LogName, MachineName, and Properties as
 * `[{"Value": …}]` (or a `|`-joined string, the convention of the CSV reader). When Properties
 * is missing or holds only type names, the insertion strings of 12288/12289/12290/8198 are read
 * from `Message` (message-fields.ts), with a warning; otherwise Message is not read.
 *
 * Limits: nesting depth JSON_LIMITS.maxDepth, JSON_LIMITS.maxElementChars characters per
 * event object (so a single-object root is capped at that size too).
 */
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import { inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { UsageError } from '../core/usage-error.js';
import { type AcceptPolicy, acceptRecord } from './accept-record.js';
import { type EventSink, parseEventId, parseRecordId } from './fields.js';
import { readHead } from './read-head.js';

export const JSON_LIMITS = {
  /** Nesting depth of arrays/objects (an event with Properties is 3–4 deep). */
  maxDepth: 64,
  /** Characters of one event object (its Message included). */
  maxElementChars: 4 * 1024 * 1024,
  /** Characters of Properties, ProviderName, LogName and MachineName kept for one event; more: skipped. */
  maxEventChars: 8192,
} as const;

const JSON_POLICY: AcceptPolicy = {
  idName: 'Id',
  timeName: 'TimeCreated',
  unzonedWarning: msg('input-note.events.unzoned'),
  maxEventChars: JSON_LIMITS.maxEventChars,
};

const SLICE = 64 * 1024;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Case-insensitive property lookup (PowerShell's keys are PascalCase, hand-made files vary). */
function getter(o: Record<string, Json>): (...names: string[]) => Json | undefined {
  const lower = new Map<string, Json>();
  for (const [k, v] of Object.entries(o)) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  return (...names) => {
    for (const n of names) {
      const v = lower.get(n.toLowerCase());
      if (v !== undefined) return v;
    }
    return undefined;
  };
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function valueText(v: Json | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 1024 ? s.slice(0, 1024) : s;
}

function timeText(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `/Date(${Math.trunc(v)})/`;
  if (isObject(v)) {
    const get = getter(v);
    // `value` is the exact /Date(ms)/ or ISO text; `DateTime` is a localized display string.
    return timeText(get('value')) ?? timeText(get('DateTime'));
  }
  return null;
}

const TYPE_NAME = /^System\.[\w.`[\]]+$/;

/** Properties as strings, or null when the export does not carry them. */
function propertiesOf(p: Json | undefined, sink: EventSink): string[] | null {
  if (p === undefined || p === null) {
    sink.warn(msg('input-note.events.json-no-properties'));
    return null;
  }
  const unusable = () => {
    sink.warn(msg('input-note.events.json-type-names', { command: 'ConvertTo-Json -Depth 3' }));
    return null;
  };
  if (typeof p === 'string') return TYPE_NAME.test(p.trim()) ? unusable() : p.split('|');
  const items = Array.isArray(p) ? p : [p];
  const out = items.map((item) => {
    if (isObject(item)) {
      const v = getter(item)('Value');
      return v === undefined ? null : valueText(v);
    }
    return typeof item === 'string' && TYPE_NAME.test(item.trim()) ? null : valueText(item);
  });
  if (out.length > 0 && out.every((s) => s === null)) return unusable();
  return out.map((s) => s ?? '');
}

function toEvent(v: Json, sink: EventSink): void {
  if (!isObject(v)) {
    sink.skip(msg('input-note.events.skip.not-object'));
    return;
  }
  const get = getter(v);
  acceptRecord(
    sink,
    {
      id: parseEventId(get('Id', 'EventID', 'EventId')),
      time: timeText(get('TimeCreated', 'TimeGenerated')),
      recordId: parseRecordId(get('RecordId', 'EventRecordID')),
      provider: str(get('ProviderName')),
      log: str(get('LogName')),
      computer: str(get('MachineName', 'Computer')),
      data: () => propertiesOf(get('Properties'), sink),
      message: () => str(get('Message')),
    },
    JSON_POLICY,
  );
}

/**
 * Parses the chunks as ConvertTo-Json output, sending every event object to the sink.
 * Throws UsageError for invalid or hostile JSON; a file cut off inside the array gives a
 * warning and the complete events before the cut.
 */
export async function readJsonEvents(chunks: AsyncIterable<string>, sink: EventSink, name: string): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  // Look at the start to choose what to stream: array elements, the 5.1 wrapper's elements, or the one object.
  const { head, ended } = await readHead(iterator);
  const start = head.replace(/^[\uFEFF\s]+/, '');
  const path = start.startsWith('[') ? '$.*' : /^\{\s*"value"\s*:\s*\[/i.test(start) ? '$.value.*' : '$';

  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: [path], keepStack: false });
  let depth = 0;
  let sinceValue = 0;
  let elements = 0;
  tokenizer.onToken = (info) => {
    if (info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET) {
      if (++depth > JSON_LIMITS.maxDepth) throw inputError('input-error.events.json-too-deep', { path: name, max: JSON_LIMITS.maxDepth });
    } else if (info.token === TokenType.RIGHT_BRACE || info.token === TokenType.RIGHT_BRACKET) {
      depth--;
    }
    parser.write(info);
  };
  parser.onValue = ({ value }) => {
    sinceValue = 0;
    elements++;
    toEvent(value as Json, sink);
  };

  const feed = (s: string) => {
    for (let i = 0; i < s.length; i += SLICE) {
      const piece = s.slice(i, i + SLICE);
      sinceValue += piece.length;
      try {
        tokenizer.write(piece);
      } catch (err) {
        if (err instanceof UsageError) throw err;
        throw inputError('input-error.events.json-invalid', { path: name, detail: String((err as Error).message ?? err).replace(/\s+/g, ' ') });
      }
      if (sinceValue > JSON_LIMITS.maxElementChars + SLICE) {
        throw inputError('input-error.events.json-object-too-large', { path: name, max: JSON_LIMITS.maxElementChars });
      }
    }
  };

  feed(head.replace(/^\uFEFF/, ''));
  while (!ended) {
    const r = await iterator.next();
    if (r.done) break;
    feed(r.value);
  }

  let truncated = !parser.isEnded;
  if (!truncated) {
    try {
      if (!tokenizer.isEnded) tokenizer.end();
    } catch {
      truncated = true;
    }
  }
  if (truncated) {
    if (elements === 0) throw inputError('input-error.events.json-cut', { path: name });
    sink.warn(msg('input-note.events.json-cut', { count: elements }));
  }
}
