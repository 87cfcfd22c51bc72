/**
 * Text from DNS, files and events is hostile: a name may hold any byte, and a terminal obeys
 * control characters (set the window title, clear the screen, move the cursor over a FAIL to
 * print PASS). Every renderer passes what it shows through here, once, so that no control
 * character reaches the terminal or the page raw: C0 controls and DEL become `\xHH`, C1 controls
 * and the invisible direction/line-separator marks become `\uHHHH`.
 *
 * The visible form is printable ASCII, so applying it twice changes nothing.
 */

// C0, DEL, C1; the Unicode line/paragraph separators; the bidirectional embeddings, overrides and
// isolates (U+061C, U+200E-F, U+202A-E, U+2066-9) that reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One string with every control character shown as a visible escape (`\x1b`, `\u009b`). */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, visible);
}

/**
 * A copy of `value` with every string in it (keys included) passed through visibleText, for the
 * renderers: they then add their own layout and colour around text that cannot carry any.
 */
export function displaySafe<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => displaySafe(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [visibleText(key), displaySafe(item)])) as T;
  }
  return value;
}

// JSON.stringify escapes C0 already; DEL, C1 and the marks above pass through it raw.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON as data: the values are unchanged (a consumer parses exactly what was found), but the
 * characters a terminal would act on are written as \u escapes, so printing the JSON is safe too.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
