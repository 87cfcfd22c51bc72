/**
 * The insertion strings of an activation event recovered from its rendered `Message`, for
 * exports that carry the message but not the values: a plain `Get-WinEvent | Export-Csv` writes
 * only a .NET type name into `Properties`, a `Select-Object Message,…` export drops them.
 *
 * The message is rendered in the display language of the machine that exported it: the label
 * words ("Info:", 「情報:」, …) are translated, the insertion strings are not. So nothing here
 * reads a word. What is recognised is the documented shape of the values (kms-facts.md §4.3–4.5):
 *
 *   - 12288: ten comma-separated values — HRESULT (`0x…`), flags, `host:port`, CMID (GUID),
 *     time, VM flag, state, minutes, Activation ID (GUID), minimum count (may be empty);
 *   - 12289: eight (or seven, without the time) — HRESULT, flags, activation flag 0/1,
 *     reserved, count, two intervals, time;
 *   - 12290: nine (or ten) — HRESULT, minimum count, client name, CMID (GUID), …, Activation ID;
 *   - 8198: the `hr=0x…` token and the `RuleId=…;Action=…` line.
 *
 * A run of values starts at `0x` right after the start of a line, a blank or a colon (half- or
 * full-width: 「情報：0x0, …」) and ends at the end of its line. The values themselves hold
 * colons (`kms01:1688`, `17:52`) but never right before `0x`. Of the runs with the right shape
 * the last one wins, since the values come after the text. Pure; never throws.
 */
import { normalizeGuid, parseCount, parseHostPort } from './fields.js';

/** Message characters looked at: a rendered activation message is a few hundred. */
const MAX_MESSAGE_CHARS = 16 * 1024;
/** A run of values is under 600 characters even with a 255-character host name; longer text is not one. */
const MAX_RUN_CHARS = 1024;

const HEX = /^0x[0-9a-f]{1,8}$/i;
const FLAGS = /^(?:0x[0-9a-f]{1,8}|\d{1,10})$/i;

const isHex = (s: string | undefined) => s !== undefined && HEX.test(s);
const isFlags = (s: string | undefined) => s !== undefined && FLAGS.test(s);
const isGuid = (s: string | undefined) => normalizeGuid(s) !== null;
const isCount = (s: string | undefined) => parseCount(s) !== null;
const isCountOrEmpty = (s: string | undefined) => s === undefined || s === '' || isCount(s);

/** Does this list of values have the documented shape of event `id`? */
function hasShape(id: number, f: readonly string[]): boolean {
  switch (id) {
    case 12288:
      return (f.length === 10 || f.length === 9) && isHex(f[0]) && isFlags(f[1]) && parseHostPort(f[2]).host !== null && isGuid(f[3]) && isGuid(f[8]) && isCountOrEmpty(f[9]);
    case 12289:
      return (f.length === 8 || f.length === 7) && isHex(f[0]) && isFlags(f[1]) && /^[01]$/.test(f[2] ?? '') && isCount(f[4]) && isCount(f[5]) && isCount(f[6]);
    case 12290: {
      // Nine values; a tenth in front when the message renders the undocumented Data[0] too.
      const l = f.length === 10 ? f.slice(1) : f;
      return l.length === 9 && isHex(l[0]) && isCountOrEmpty(l[1]) && (l[2] ?? '') !== '' && isGuid(l[3]) && isGuid(l[8]);
    }
    default:
      return false;
  }
}

/** Where a run of values may start on a line: `0x` after the line start, a blank or a colon (ASCII or full-width ：). */
const RUN_START = /(?:^|(?<=[\s:\uFF1A]))0x[0-9a-f]/gi;

/** The comma-joined values of a 12288/12289/12290 message, or null. */
function valueRun(id: number, lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    // Leftmost first: a later `0x` on the same line is a value inside the run (the flags field).
    for (const m of line.matchAll(RUN_START)) {
      // Bounded work per start, however many `0x` a hostile line holds.
      if (line.length - m.index > MAX_RUN_CHARS) continue;
      const run = line.slice(m.index).trim();
      if (
        hasShape(
          id,
          run.split(',').map((s) => s.trim()),
        )
      )
        return run;
    }
  }
  return null;
}

/** 8198: `hr=0x…` and the `RuleId=…` context, as the two Data elements carry them. */
function activationFailedStrings(lines: readonly string[]): string[] | null {
  let hr: string | null = null;
  let context: string | null = null;
  for (const line of lines) {
    const m = /(?:^|[^0-9a-z_])(hr\s*=\s*0x[0-9a-f]{1,8})(?![0-9a-z])/i.exec(line);
    if (m && hr === null) hr = m[1]!.replace(/\s+/g, '');
    const t = line.trim();
    if (context === null && /^RuleId\s*=/i.test(t)) context = t;
  }
  if (hr === null) return null;
  return context === null ? [hr] : [hr, context];
}

/** Event ids whose fields can be read back from the rendered message. */
export const MESSAGE_EVENT_IDS: ReadonlySet<number> = new Set([12288, 12289, 12290, 8198]);

/**
 * The insertion strings of event `id` as its Data elements would hold them (one comma-joined
 * string for 12288/12289/12290; `hr=…` and the context for 8198), read from the rendered
 * message in any display language; null when the id is not one of MESSAGE_EVENT_IDS or the
 * message holds no values of the documented shape.
 */
export function insertionStringsFromMessage(id: number, message: string): string[] | null {
  if (!MESSAGE_EVENT_IDS.has(id) || typeof message !== 'string' || message.length > MAX_MESSAGE_CHARS) return null;
  const lines = message.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
  if (id === 8198) return activationFailedStrings(lines);
  const run = valueRun(id, lines);
  return run === null ? null : [run];
}
