/**
 * What every event reader does with one record once it has pulled the raw values out of its
 * format (XML element, JSON object, CSV row): keep it only when it is an activation event with
 * a readable id and time and a bounded size, say why not otherwise, and build the KmsEvent.
 * One function, so the three readers cannot drift apart in what they accept.
 */
import { type Message, msg } from '../catalog/message.js';
import { ACTIVATION_EVENT_IDS, buildEvent, type EventSink, type ParsedTime, parseEventTime } from './fields.js';
import { insertionStringsFromMessage } from './message-fields.js';
import type { RecordHeader } from './record-header.js';

/** One record as a reader found it; the lazy parts are only looked at for activation events. */
export interface RawRecord extends RecordHeader {
  /** The insertion strings (Data / Properties); null when the export does not carry them. */
  data: () => string[] | null;
  /** The rendered message, read only when `data` gives null. */
  message?: () => string | null;
}

/** How a reader names its columns in skip reasons, and its limits. */
export interface AcceptPolicy {
  /** The id and time as the format calls them ('EventID', 'TimeCreated SystemTime', …). */
  idName: string;
  timeName: string;
  /** The warning for a time without a zone (read as UTC). */
  unzonedWarning: Message;
  /** Characters of data, provider, log and computer kept for one event; more: skipped. */
  maxEventChars: number;
  /** The line the record starts on, named in the oversize reason; absent where the format has no lines to count. */
  line?: number;
  /** Time parsing with reader state (CSV learns day-first dates); default parseEventTime. */
  parseTime?: (raw: string) => ParsedTime | null;
}

export const FROM_MESSAGE_WARNING = msg('input-note.events.from-message');
export const NO_FIELDS_WARNING = msg('input-note.events.no-fields');

/** Sends the record to the sink as an event or as a skip with its reason. */
export function acceptRecord(sink: EventSink, record: RawRecord, policy: AcceptPolicy): void {
  if (record.id === null) {
    sink.skip(msg('input-note.events.skip.unreadable', { field: policy.idName }));
    return;
  }
  if (!ACTIVATION_EVENT_IDS.has(record.id)) {
    sink.skip(null);
    return;
  }
  const t = record.time === null ? null : (policy.parseTime ?? parseEventTime)(record.time);
  if (t === null) {
    sink.skip(msg('input-note.events.skip.unreadable', { field: policy.timeName }));
    return;
  }
  if (!t.zoned) sink.warn(policy.unzonedWarning);
  const data = dataOf(sink, record);
  const { provider, log, computer } = record;
  let chars = (provider?.length ?? 0) + (log?.length ?? 0) + (computer?.length ?? 0);
  for (let i = 0; i < data.length; i++) chars += data[i]!.length;
  if (chars > policy.maxEventChars) {
    sink.skip(msg('input-note.events.skip.oversized', { max: policy.maxEventChars, line: policy.line ?? null }));
    return;
  }
  sink.event(buildEvent({ id: record.id, ms: t.ms, recordId: record.recordId, provider, log, computer, data }), t.ms);
}

/** The record's insertion strings, else those its rendered message shows, else none. */
function dataOf(sink: EventSink, record: RawRecord): string[] {
  const data = record.data();
  if (data !== null) return data;
  const message = record.message?.() ?? null;
  if (message === null) return [];
  const recovered = insertionStringsFromMessage(record.id!, message);
  if (recovered === null) {
    sink.warn(NO_FIELDS_WARNING);
    return [];
  }
  sink.warn(FROM_MESSAGE_WARNING);
  return recovered;
}
