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

/** The value of hex digit `c` (lower case only), or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Parses a lower-case 8-4-4-4-12 GUID into leading (13 digits, 52 bits), middle (7) and low (12); false for any other text. */
function parseGuid(s: string): boolean {
  if (s.length !== 36) return false;
  leading = 0;
  middle = 0;
  low = 0;
  let digits = 0;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
      continue;
    }
    const v = hexValue(c);
    if (v === -1) return false;
    if (digits < 13) leading = leading * 16 + v;
    else if (digits < 20) middle = middle * 16 + v;
    else low = low * 16 + v;
    digits++;
  }
  return true;
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
