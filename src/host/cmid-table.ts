/**
 * A map from CMID to a value, for the 12290 analysis's one lookup per event. A CMID in its
 * normalized form (lower-case 8-4-4-4-12 GUID, as the event readers give it) is keyed by numbers
 * read from its hex digits: a string key costs a hash of a new string and a character comparison
 * in a runtime call on every event, numbers do not. Anything else (a snapshot's own text, or the
 * rare GUID whose leading digits another already took) is keyed by the string itself. One Map
 * keeps both, so iteration stays in insertion order.
 */

interface Slot<T> {
  cmid: string;
  /** Hex digits 14–20 and 21–32 of a numerically keyed CMID (to tell GUIDs with the same leading 13 apart). */
  middle: number;
  low: number;
  value: T;
}

// The numbers of the GUID parsed last (no array per lookup).
let leading = 0;
let middle = 0;
let low = 0;

/** Per character code below 128: the value of a lower-case hex digit, or -1. */
const HEX = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let c = 48; c <= 57; c++) t[c] = c - 48;
  for (let c = 97; c <= 102; c++) t[c] = c - 87;
  return t;
})();

/** Adds the hex digits s[from, to) to `n`; NaN when one is not a lower-case hex digit. */
function addHex(n: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? HEX[c]! : -1;
    if (v === -1) return NaN;
    n = n * 16 + v;
  }
  return n;
}

/** Parses a lower-case 8-4-4-4-12 GUID into leading (13 digits, 52 bits), middle (7) and low (12); false for any other text. */
function parseGuid(s: string): boolean {
  if (s.length !== 36 || s.charCodeAt(8) !== 45 || s.charCodeAt(13) !== 45 || s.charCodeAt(18) !== 45 || s.charCodeAt(23) !== 45) return false;
  leading = addHex(addHex(addHex(0, s, 0, 8), s, 9, 13), s, 14, 15);
  middle = addHex(addHex(0, s, 15, 18), s, 19, 23);
  low = addHex(0, s, 24, 36);
  // NaN stays NaN through addHex: one check for all three.
  return !Number.isNaN(leading + middle + low);
}

export class CmidTable<T> {
  private readonly slots = new Map<number | string, Slot<T>>();

  get size(): number {
    return this.slots.size;
  }

  get(cmid: string): T | undefined {
    if (parseGuid(cmid)) {
      const slot = this.slots.get(leading);
      // Nothing under these leading digits: the CMID was never added (it would have taken them).
      if (slot === undefined) return undefined;
      if (slot.middle === middle && slot.low === low) return slot.value;
    }
    return this.slots.get(cmid)?.value;
  }

  /** Adds a CMID that get() did not find. */
  set(cmid: string, value: T): void {
    const numeric = parseGuid(cmid) && !this.slots.has(leading);
    this.slots.set(numeric ? leading : cmid, { cmid, middle, low, value });
  }

  *entries(): IterableIterator<[string, T]> {
    for (const slot of this.slots.values()) yield [slot.cmid, slot.value];
  }
}
