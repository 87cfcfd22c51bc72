/**
 * Byte-level mutations for the fuzz tests: a valid message with one byte overwritten, inserted or
 * deleted, a bit flipped or the tail cut, as damaged or hostile replies arrive.
 */
import fc from 'fast-check';

/** A mutation: overwrite, insert or delete one byte, flip one bit, or cut the tail. */
export type Mutation = { op: 'set' | 'insert' | 'delete' | 'flip' | 'cut'; at: number; value: number };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'insert', 'delete', 'flip', 'cut'),
  at: fc.nat(),
  value: fc.integer({ min: 0, max: 255 }),
});

/** `original` with the steps applied in order (positions wrap, so every step applies). */
export function mutate(original: Buffer, steps: Mutation[]): Buffer {
  const bytes = [...original];
  for (const { op, at, value } of steps) {
    const i = bytes.length === 0 ? 0 : at % (bytes.length + (op === 'insert' ? 1 : 0));
    if (op === 'set' && bytes.length > 0) bytes[i] = value;
    else if (op === 'flip' && bytes.length > 0) bytes[i] = bytes[i]! ^ (1 << (value % 8));
    else if (op === 'insert') bytes.splice(i, 0, value);
    else if (op === 'delete') bytes.splice(i, 1);
    else if (op === 'cut') bytes.length = i;
  }
  return Buffer.from(bytes);
}
