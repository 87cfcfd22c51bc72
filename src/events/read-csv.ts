/**
 * Streaming reader for `Get-WinEvent … | Export-Csv` (and ConvertTo-Csv) output: an optional
 * `#TYPE …` first line, a header row, RFC 4180 quoting (embedded delimiters, `""` quotes and
 * newlines inside quoted fields), delimiter `,` or — with `-UseCulture`/`-Delimiter` — `;` or tab,
 * detected from the header.
 *
 * Column convention (names matched case-insensitively; see samples/events/README.md):
 *   - required: `Id` (or `EventID`) and `TimeCreated` (or `TimeGenerated`);
 *   - optional: `RecordId`, `ProviderName`, `LogName`, `MachineName`;
 *   - the insertion strings, first match wins:
 *       1. numbered columns `Data0`, `Data1`, … (also `Data[0]`, `Property0`, `Properties1`…),
 *          in number order, trailing empty cells dropped;
 *       2. a `Properties` (or `Data`) column holding the values joined with `|`, as written by
 *          `@{n='Properties';e={$_.Properties.Value -join '|'}}`.
 *   A plain `Export-Csv` of EventLogRecord objects writes the type name
 *   ``System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]`` in
 *   Properties — unusable. Then (and when there is no Properties or DataN column at all) the
 *   insertion strings of 12288/12289/12290/8198 are read from the `Message` column, the
 *   rendered text whose values are not translated whatever the display language
 *   (message-fields.ts); a warning gives the command that exports the exact values. Without a
 *   Message column the events are kept with empty data and null fields.
 *
 * Export-Csv writes TimeCreated in the exporting machine's culture and local time with no zone;
 * such times are read as UTC (warning). Use `$_.TimeCreated.ToUniversalTime().ToString('o')`
 * for exact times.
 */
import { inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { type AcceptPolicy, acceptRecord } from './accept-record.js';
import { type EventSink, parseEventId, parseEventTime, parseRecordId } from './fields.js';

export const CSV_LIMITS = {
  /** Characters in one record (all fields, Message included). */
  maxRecordChars: 1024 * 1024,
  /** Columns in one record. */
  maxColumns: 1024,
  /** Characters of data, ProviderName, LogName and MachineName kept for one event; more: skipped. */
  maxEventChars: 8192,
} as const;

/** The command the warnings recommend: values joined with '|', UTC ISO times. */
export const CSV_EXPORT_COMMAND =
  "Get-WinEvent … | Select-Object Id,@{n='TimeCreated';e={$_.TimeCreated.ToUniversalTime().ToString('o')}},RecordId,ProviderName,LogName,MachineName,@{n='Properties';e={$_.Properties.Value -join '|'}} | Export-Csv -NoTypeInformation -Encoding UTF8 events.csv";

const CSV_POLICY: AcceptPolicy = {
  idName: 'Id',
  timeName: 'TimeCreated',
  unzonedWarning: msg('input-note.events.csv-unzoned'),
  maxEventChars: CSV_LIMITS.maxEventChars,
};

const TYPE_NAME = /^System\.[\w.`[\]]+$/;

interface Columns {
  id: number;
  time: number;
  recordId: number;
  provider: number;
  log: number;
  computer: number;
  properties: number;
  message: number;
  numbered: number[];
}

function mapColumns(name: string, header: string[]): Columns {
  const find = (...names: string[]) => {
    for (const n of names) {
      const i = header.findIndex((h) => h.trim().toLowerCase() === n.toLowerCase());
      if (i !== -1) return i;
    }
    return -1;
  };
  const numbered: Array<[number, number]> = [];
  header.forEach((h, i) => {
    const m = /^(?:Data|Properties|Property)\s*[[_-]?\s*(\d{1,3})\s*\]?$/i.exec(h.trim());
    if (m) numbered.push([Number(m[1]), i]);
  });
  numbered.sort((a, b) => a[0] - b[0]);
  const cols: Columns = {
    id: find('Id', 'EventID', 'EventId'),
    time: find('TimeCreated', 'TimeGenerated'),
    recordId: find('RecordId', 'EventRecordID'),
    provider: find('ProviderName', 'Provider'),
    log: find('LogName', 'Channel'),
    computer: find('MachineName', 'Computer', 'ComputerName'),
    properties: find('Properties', 'Data'),
    message: find('Message'),
    numbered: numbered.map(([, i]) => i),
  };
  const shown =
    header
      .slice(0, 12)
      .map((h) => {
        const one = h.replace(/\s+/g, ' ').trim();
        return one.length > 40 ? `${one.slice(0, 40)}…` : one;
      })
      .join(', ') + (header.length > 12 ? ', …' : '');
  if (cols.id === -1) throw inputError('input-error.events.no-id-column', { path: name, columns: shown });
  if (cols.time === -1) throw inputError('input-error.events.no-time-column', { path: name, columns: shown });
  return cols;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the splitter is: at a field's start, in an unquoted field, in a quoted one, or just after a quote in one. */
enum State {
  Start,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/** Splits a stream of text into CSV records; quoted fields may span chunks and lines. */
class CsvRecords {
  private field = '';
  private record: string[] = [];
  private recordChars = 0;
  private state = State.Start;
  private afterCr = false;
  line = 1;
  recordLine = 1;

  constructor(
    private readonly name: string,
    private readonly delimiter: number,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  private append(s: string, from: number, to: number): void {
    if (to <= from) return;
    this.field += s.slice(from, to);
    this.recordChars += to - from;
    if (this.recordChars > CSV_LIMITS.maxRecordChars) {
      throw inputError('input-error.events.csv-record-too-long', { path: this.name, max: CSV_LIMITS.maxRecordChars, line: this.recordLine });
    }
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.state = State.Start;
    if (this.record.length > CSV_LIMITS.maxColumns) {
      throw inputError('input-error.events.csv-too-many-columns', { path: this.name, max: CSV_LIMITS.maxColumns, line: this.recordLine });
    }
  }

  private endRecord(): void {
    this.endField();
    const rec = this.record;
    const line = this.recordLine;
    this.record = [];
    this.recordChars = 0;
    this.recordLine = this.line;
    this.onRecord(rec, line);
  }

  write(s: string): void {
    const d = this.delimiter;
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (c === LF) {
          from = i + 1;
          continue;
        }
      }
      switch (this.state) {
        case State.Quoted:
          if (c === QUOTE) {
            this.append(s, from, i);
            this.state = State.QuoteInQuoted;
            from = i + 1;
          } else if (c === LF) {
            this.line++;
          }
          continue;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // `""` inside quotes: one literal quote (this one), and still quoted.
            this.state = State.Quoted;
            from = i;
            continue;
          }
          // The quote closed the field; anything up to the delimiter is kept as unquoted text.
          this.state = State.Unquoted;
          from = i;
          break;
        case State.Start:
          if (c === QUOTE) {
            this.state = State.Quoted;
            from = i + 1;
            continue;
          }
          this.state = State.Unquoted;
          break;
        case State.Unquoted:
          break;
      }
      if (c === d) {
        this.append(s, from, i);
        this.endField();
        from = i + 1;
      } else if (c === LF || c === CR) {
        this.append(s, from, i);
        this.line++;
        this.endRecord();
        this.afterCr = c === CR;
        from = i + 1;
      }
    }
    if (this.state !== State.QuoteInQuoted) this.append(s, from, s.length);
  }

  /**
   * End of input. Returns `cut` when the input ended inside a quoted field, otherwise the last
   * record if it was not terminated by a newline (null when there is none).
   */
  end(): 'cut' | string[] | null {
    if (this.state === State.Quoted) return 'cut';
    if (this.record.length === 0 && this.field === '' && this.state !== State.QuoteInQuoted) return null;
    this.record.push(this.field);
    const rec = this.record;
    this.record = [];
    this.field = '';
    return rec;
  }

  /** Hands a record to the callback (for the last, unterminated one). */
  emit(rec: string[]): void {
    this.onRecord(rec, this.recordLine);
  }
}

function delimiterOf(headerLine: string): number {
  // Count candidates outside quotes; the most frequent wins (ties: comma).
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best.charCodeAt(0);
}

/**
 * Parses the chunks as Export-Csv output, sending every record to the sink. Throws
 * UsageError when the header lacks Id/TimeCreated or a record is oversized; a file cut off
 * inside a quoted field (or whose last record is short) gives a warning.
 */
export async function readCsvEvents(chunks: AsyncIterable<string>, sink: EventSink, name: string): Promise<void> {
  let cols: Columns | null = null;
  let headerWidth = 0;
  let records = 0;
  let propertiesUnusable = false;
  // n/n/yyyy dates: the order is learnt from the first date that proves it (a day above 12).
  let dayFirst: boolean | null = null;
  let ambiguousBeforeKnown = 0;

  const cell = (r: string[], i: number): string | null => {
    if (i === -1) return null;
    const v = r[i]?.trim();
    return v === undefined || v === '' ? null : v;
  };

  const onRecord = (r: string[], line: number) => {
    if (cols === null) {
      cols = mapColumns(name, r);
      headerWidth = r.length;
      const c: Columns = cols;
      if (c.numbered.length === 0 && c.properties === -1) {
        sink.warn(msg('input-note.events.csv-no-data', { message: c.message !== -1, command: CSV_EXPORT_COMMAND }));
      }
      return;
    }
    if (r.length === 1 && r[0]!.trim() === '') return; // blank line
    records++;
    const c: Columns = cols;
    acceptRecord(
      sink,
      {
        id: parseEventId(cell(r, c.id) ?? ''),
        time: cell(r, c.time),
        recordId: parseRecordId(cell(r, c.recordId) ?? ''),
        provider: cell(r, c.provider),
        log: cell(r, c.log),
        computer: cell(r, c.computer),
        data: () => dataOf(r, c),
        message: () => cell(r, c.message),
      },
      { ...CSV_POLICY, line, parseTime },
    );
  };

  const parseTime = (raw: string) => {
    const t = parseEventTime(raw, dayFirst === null ? undefined : { dayFirst });
    if (t?.dayFirst != null && dayFirst === null) dayFirst = t.dayFirst;
    if (t?.ambiguous && dayFirst === null) ambiguousBeforeKnown++;
    return t;
  };

  /** The insertion strings from DataN or Properties; null when the export carries none. */
  const dataOf = (r: string[], c: Columns): string[] | null => {
    if (c.numbered.length > 0) {
      const data = c.numbered.map((i) => r[i] ?? '');
      while (data.length > 0 && data[data.length - 1]!.trim() === '') data.pop();
      return data;
    }
    if (c.properties === -1) return null;
    const p = r[c.properties] ?? '';
    if (!TYPE_NAME.test(p.trim())) return p === '' ? [] : p.split('|');
    if (!propertiesUnusable) {
      propertiesUnusable = true;
      sink.warn(msg('input-note.events.csv-type-name', { typeName: p.trim().slice(0, 120), message: c.message !== -1, command: CSV_EXPORT_COMMAND }));
    }
    return null;
  };

  let parser: CsvRecords | null = null;
  let head = '';
  const start = (): CsvRecords => {
    let text = head.replace(/^\uFEFF/, '');
    head = '';
    let skippedLines = 0;
    // `#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord` (Windows PowerShell without -NoTypeInformation).
    while (text.startsWith('#')) {
      const nl = text.indexOf('\n');
      text = nl === -1 ? '' : text.slice(nl + 1);
      skippedLines++;
    }
    const p = new CsvRecords(name, delimiterOf(text.split(/\r?\n/, 1)[0] ?? ''), onRecord);
    p.line = p.recordLine = 1 + skippedLines;
    p.write(text);
    return p;
  };
  for await (const chunk of chunks) {
    if (parser !== null) {
      parser.write(chunk);
      continue;
    }
    head += chunk;
    // Enough to hold the #TYPE line and the header row.
    if (head.length >= 16 * 1024) parser = start();
  }
  if (parser === null) parser = start();
  const last = parser.end();
  if (last === 'cut' || (last !== null && cols !== null && last.length < headerWidth)) {
    if (cols === null) throw inputError('input-error.events.csv-cut-in-header', { path: name });
    sink.warn(msg('input-note.events.csv-cut', { count: records }));
    return;
  }
  if (last !== null) parser.emit(last);
  if (cols === null) throw inputError('input-error.events.csv-no-header', { path: name });
  if (ambiguousBeforeKnown > 0 && dayFirst !== false) {
    sink.warn(msg(dayFirst === true ? 'input-note.events.csv-day-first-late' : 'input-note.events.csv-order-unknown', { count: ambiguousBeforeKnown }));
  }
}
