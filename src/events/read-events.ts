/**
 * Reads an event export a customer sends — `wevtutil qe … /f:xml`, `Get-WinEvent | ConvertTo-Json`
 * or `Get-WinEvent | Export-Csv` — into `KmsEvent[]`, newest first.
 *
 * The format is sniffed from the content, never the extension. The file is streamed (64 KiB
 * reads, decoded as UTF-8 or UTF-16 by BOM or byte pattern, as Windows PowerShell 5.1's `>`
 * writes UTF-16LE), only activation events (ids 12288, 12289, 12290, 12293, 12294, 8198) are
 * kept, and only the newest `maxEvents` of them, so memory stays bounded whatever the file
 * size. Every problem with the input is a `UsageError` with a one-line message naming the file.
 */
import { createReadStream } from 'node:fs';
import { inputError } from '../catalog/input-error.js';
import { type Message, msg } from '../catalog/message.js';
import { UsageError } from '../core/usage-error.js';
import { openRegularFile } from '../inputs/read-capped.js';
import { createStreamDecoder, detectTextEncoding, type EncodingDecision, type TextEncoding } from '../inputs/text-encoding.js';
import type { KmsEvent } from '../snapshot/model.js';
import { ActivationEventSink } from './activation-event-sink.js';
import type { EventSink } from './fields.js';
import { readCsvEvents } from './read-csv.js';
import { readJsonEvents } from './read-json.js';
import { readXmlEvents } from './read-xml.js';

export type EventFileFormat = 'xml' | 'json' | 'csv';

export interface ReadEventsOptions {
  /**
   * Keep only the newest N activation events (default DEFAULT_MAX_EVENTS, at most
   * MAX_MAX_EVENTS). Older ones are dropped while reading and reported in a warning.
   */
  maxEvents?: number;
  /** The export's encoding when the bytes cannot tell (`--encoding`); a byte-order mark still wins. */
  encoding?: TextEncoding | undefined;
}

export interface ReadEventsResult {
  /** Activation events, newest first (TimeCreated, then record id). */
  events: KmsEvent[];
  format: EventFileFormat;
  /**
   * Event records read but not returned because they are not activation events or could not
   * be read (no id, no time, oversized). Events dropped by `maxEvents` are not counted here;
   * a warning says how many there were.
   */
  skipped: number;
  warnings: Message[];
}

/** Default number of newest events kept: enough for months of a busy host's 12290s. */
export const DEFAULT_MAX_EVENTS = 20_000;
export const MAX_MAX_EVENTS = 1_000_000;

const READ_CHUNK = 64 * 1024;
const EVTX_MAGIC = Buffer.from('ElfFile\0', 'latin1');
const EVTX_CHUNK_MAGIC = Buffer.from('ElfChnk\0', 'latin1');

/** Keeps the newest `limit` events seen, in bounded memory, and the counts for the result. */
export class EventCollector extends ActivationEventSink {
  private kept: Array<{ event: KmsEvent; ms: number; seq: number }> = [];
  private seq = 0;
  private readonly limit: number;
  private readonly compactAt: number;
  /** Activation events seen, including those dropped as older than the newest `limit`. */
  seen = 0;

  constructor(limit: number) {
    super();
    this.limit = limit;
    this.compactAt = limit + Math.max(limit, 1024);
  }

  protected accept(event: KmsEvent, ms: number): void {
    this.seen++;
    this.kept.push({ event, ms, seq: this.seq++ });
    if (this.kept.length >= this.compactAt) this.compact();
  }

  private compact(): void {
    this.kept.sort(newestFirst);
    this.kept.length = Math.min(this.kept.length, this.limit);
  }

  /** The kept events newest first, and every warning (skip reasons, truncation by the limit). */
  finish(): { events: KmsEvent[]; skipped: number; warnings: Message[] } {
    this.compact();
    this.warnSkipReasons();
    if (this.seen > this.kept.length) {
      this.warn(msg('input-note.events.kept-newest', { kept: this.kept.length, seen: this.seen, limit: this.limit }));
    }
    return { events: this.kept.map((k) => k.event), skipped: this.skipped, warnings: [...this.warnings] };
  }
}

function newestFirst(a: { event: KmsEvent; ms: number; seq: number }, b: { event: KmsEvent; ms: number; seq: number }): number {
  if (a.ms !== b.ms) return b.ms - a.ms;
  const ra = a.event.recordId;
  const rb = b.event.recordId;
  if (ra !== null && rb !== null && ra !== rb) return rb - ra;
  return a.seq - b.seq;
}

function limitOf(options: ReadEventsOptions | undefined): number {
  const n = options?.maxEvents;
  if (n === undefined) return DEFAULT_MAX_EVENTS;
  // The CLI checks --max-events first (src/cli/commands/events.ts): a bad value here is a caller's mistake.
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`maxEvents must be a positive integer (got ${String(n)})`);
  return Math.min(n, MAX_MAX_EVENTS);
}

function displayName(path: string): string {
  return path.replace(/[\r\n]+/g, ' ');
}

function evtxError(name: string): UsageError {
  const out = name.replace(/\.evtx$/i, '') + '.xml';
  return inputError('input-error.events.evtx', { path: name, command: 'wevtutil qe … /f:xml', example: `wevtutil qe "${name}" /lf:true /f:xml /rd:true > "${out}"` });
}

/** The export commands a usage error names: what an admin runs, the same in every language. */
const EXPORTS = { xml: 'wevtutil /f:xml', json: 'ConvertTo-Json', csv: 'Export-Csv' } as const;

/** Decides the format from the first decoded characters, or throws the UsageError that explains why not. */
function sniff(name: string, head: string): EventFileFormat {
  const t = head.replace(/^[\uFEFF\s]+/, '');
  if (t === '') throw inputError('input-error.events.empty', { path: name });
  // Control characters other than tab/CR/LF/FF: not a text export.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(head.slice(0, 4096))) {
    throw inputError('input-error.events.binary', { path: name, ...EXPORTS });
  }
  const c = t[0];
  if (c === '<') return 'xml';
  if (c === '{' || c === '[') return 'json';
  if (/^#TYPE\b/i.test(t)) return 'csv';
  const firstLine = t.split(/\r?\n/, 1)[0] ?? '';
  if (/^Event\[\d+\]:/.test(t)) {
    throw inputError('input-error.events.wevtutil-text', {
      path: name,
      command: `wevtutil qe Application /q:"*[System[Provider[@Name='Microsoft-Windows-Security-SPP']]]" /f:xml /rd:true > events.xml`,
    });
  }
  if (/[,;\t]/.test(firstLine) && /(^|[,;\t"])\s*"?(Id|EventID|TimeCreated)"?\s*([,;\t"]|$)/i.test(firstLine)) return 'csv';
  if (/ProviderName:|TimeCreated\s+Id\s+LevelDisplayName/.test(t.slice(0, 2048))) {
    throw inputError('input-error.events.console-output', { path: name, json: 'Get-WinEvent … | ConvertTo-Json -Depth 3 > events.json', xml: 'wevtutil qe … /f:xml' });
  }
  throw inputError('input-error.events.unrecognised', { path: name, ...EXPORTS });
}

async function* decodeFile(path: string, decision: EncodingDecision): AsyncGenerator<string> {
  const decoder = createStreamDecoder(decision.encoding);
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK, start: decision.bomLength });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const s = decoder.write(chunk);
      if (s !== '') yield s;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    stream.destroy();
  }
}

async function* sliceText(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += READ_CHUNK) yield text.slice(i, i + READ_CHUNK);
}

async function parse(format: EventFileFormat, chunks: AsyncIterable<string>, name: string, options: ReadEventsOptions | undefined): Promise<ReadEventsResult> {
  const collector = new EventCollector(limitOf(options));
  await parseInto(format, chunks, name, collector);
  return { format, ...collector.finish() };
}

async function parseInto(format: EventFileFormat, chunks: AsyncIterable<string>, name: string, collector: EventSink): Promise<void> {
  try {
    if (format === 'xml') await readXmlEvents(chunks, collector, name);
    else if (format === 'json') await readJsonEvents(chunks, collector, name);
    else await readCsvEvents(chunks, collector, name);
  } catch (err) {
    // One line whatever the input put into the message (a header cell, a parser's text).
    if (err instanceof UsageError && /[\r\n]/.test(err.message)) throw new UsageError(err.message.replace(/\s*[\r\n]+\s*/g, ' '), err.said);
    throw err;
  }
}

/**
 * Reads an event export. Throws UsageError (one line, naming the file) for a missing,
 * empty, binary (.evtx), unrecognized or malformed file; a file cut off in the middle of an
 * event still gives the complete events before the cut, with a warning.
 */
export async function readEventFile(path: string, options?: ReadEventsOptions): Promise<ReadEventsResult> {
  limitOf(options); // validate before touching the file
  const { name, encoding, format } = await openEventFile(path, options?.encoding);
  try {
    return await parse(format, decodeFile(path, encoding), name, options);
  } catch (err) {
    throw asReadError(name, err);
  }
}

/** What streaming a whole export with forEachEvent saw (the events themselves went to the callback). */
export interface ForEachEventResult {
  format: EventFileFormat;
  /** Activation events passed to the callback. */
  events: number;
  /** As ReadEventsResult.skipped. */
  skipped: number;
  warnings: Message[];
}

/** Hands each event to a callback and keeps only counts and the (deduplicated) warnings. */
class CallbackSink extends ActivationEventSink {
  events = 0;

  constructor(private readonly callback: (event: KmsEvent, ms: number) => void) {
    super();
  }

  protected accept(event: KmsEvent, ms: number): void {
    this.events++;
    this.callback(event, ms);
  }

  finish(): { events: number; skipped: number; warnings: Message[] } {
    this.warnSkipReasons();
    return { events: this.events, skipped: this.skipped, warnings: [...this.warnings] };
  }
}

/**
 * Streams an event export to `callback`, one activation event (and its time in UTC ms) at a time in file order, keeping
 * nothing per event: memory stays bounded by what the callback keeps. Same formats, sniffing and
 * UsageErrors as readEventFile (which sorts and keeps the newest events instead).
 */
export async function forEachEvent(path: string, callback: (event: KmsEvent, ms: number) => void, options?: { encoding?: TextEncoding | undefined }): Promise<ForEachEventResult> {
  const { name, encoding, format } = await openEventFile(path, options?.encoding);
  const sink = new CallbackSink(callback);
  try {
    await parseInto(format, decodeFile(path, encoding), name, sink);
  } catch (err) {
    throw asReadError(name, err);
  }
  return { format, ...sink.finish() };
}

function asReadError(name: string, err: unknown): unknown {
  if (err instanceof UsageError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (typeof code === 'string') return inputError('input-error.events.cannot-read', { path: name, code });
  return err;
}

/** Opens the file far enough to refuse what is not an export and to know its encoding and format. */
async function openEventFile(path: string, forced: TextEncoding | undefined): Promise<{ name: string; encoding: EncodingDecision; format: EventFileFormat }> {
  const name = displayName(path);
  let head: Buffer;
  const handle = await openRegularFile(path, 'eventExport');
  try {
    const buf = Buffer.alloc(READ_CHUNK);
    const { bytesRead } = await handle.read(buf, 0, READ_CHUNK, 0);
    head = buf.subarray(0, bytesRead);
  } catch (err) {
    throw inputError('input-error.events.cannot-read', { path: name, code: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
  } finally {
    await handle.close();
  }
  if (head.length === 0) throw inputError('input-error.events.empty', { path: name });
  if (head.subarray(0, 8).equals(EVTX_MAGIC) || head.subarray(0, 8).equals(EVTX_CHUNK_MAGIC)) {
    throw evtxError(name);
  }
  const encoding = detectTextEncoding(head, { forced });
  const decoder = createStreamDecoder(encoding.encoding);
  const format = sniff(name, decoder.write(head.subarray(encoding.bomLength)));
  return { name, encoding, format };
}

/** The same as readEventFile for an export already in memory (`name` is used in messages). */
export async function readEventText(text: string, options?: { maxEvents?: number; name?: string }): Promise<ReadEventsResult> {
  const name = displayName(options?.name ?? '<input>');
  if (text.startsWith('ElfFile\0') || text.startsWith('ElfChnk\0')) throw evtxError(name);
  const format = sniff(name, text.slice(0, READ_CHUNK));
  return parse(format, sliceText(text), name, options);
}
