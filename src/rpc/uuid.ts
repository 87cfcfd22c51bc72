/**
 * GUID/UUID string form <-> NDR wire bytes with a little-endian data representation.
 *
 * On the wire the first group (32 bit) and the next two groups (16 bit each) are byte-reversed;
 * the last 8 bytes go as written (shared/kms-protocol.md §2.1). Getting this wrong still produces
 * a well-formed bind, which a server then rejects as "abstract syntax not supported" — so the
 * conversion is tested against captured bytes rather than trusted.
 */

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Byte positions in the string's hex order, for each wire position 0..15. */
const WIRE_ORDER: readonly number[] = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** Number of bytes a UUID occupies on the wire. */
export const UUID_WIRE_LENGTH = 16;

/** True when `text` is a UUID in the 8-4-4-4-12 hex form (either case, no braces). */
export function isUuid(text: string): boolean {
  return UUID_PATTERN.test(text);
}

/**
 * Encodes a UUID string as its 16 NDR wire bytes.
 * @throws TypeError when `uuid` is not in 8-4-4-4-12 form — a programming error, never a network outcome.
 */
export function uuidToWire(uuid: string): Buffer {
  if (!isUuid(uuid)) throw new TypeError(`not a UUID: "${uuid}"`);
  const plain = Buffer.from(uuid.replaceAll('-', ''), 'hex');
  const wire = Buffer.alloc(UUID_WIRE_LENGTH);
  WIRE_ORDER.forEach((from, to) => {
    wire[to] = plain[from] ?? 0;
  });
  return wire;
}

/**
 * Decodes 16 NDR wire bytes at `offset` into the lower-case UUID string.
 * @throws RangeError when fewer than 16 bytes are available; callers that read untrusted input check first.
 */
export function uuidFromWire(bytes: Uint8Array, offset = 0): string {
  if (!Number.isInteger(offset) || offset < 0 || offset + UUID_WIRE_LENGTH > bytes.length) {
    throw new RangeError(`a UUID needs ${UUID_WIRE_LENGTH} bytes at offset ${offset}; only ${Math.max(0, bytes.length - offset)} available`);
  }
  const plain = Buffer.alloc(UUID_WIRE_LENGTH);
  WIRE_ORDER.forEach((from, to) => {
    plain[from] = bytes[offset + to] ?? 0;
  });
  const hex = plain.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
