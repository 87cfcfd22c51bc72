/**
 * CmidTable (src/host/cmid-table.ts) keys normalized CMIDs by numbers read from their digits and
 * everything else by the string: it must behave as a Map<string, T> — the same lookups, the same
 * iteration order — including GUIDs that share their leading digits, upper-case GUIDs (other keys
 * than their lower-case twins) and text that only looks like a GUID.
 */
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CmidTable } from '../../src/host/cmid-table.js';

/** Applies the operations to a CmidTable and a Map and asserts the same answers and order. */
function sameAsMap(keys: string[]): void {
  const table = new CmidTable<number>();
  const map = new Map<string, number>();
  keys.forEach((key, i) => {
    assert.is(table.get(key), map.get(key), `get ${key}`);
    if (!map.has(key)) {
      table.set(key, i);
      map.set(key, i);
    }
    assert.is(table.size, map.size);
  });
  assert.equal([...table.entries()], [...map.entries()]);
}

const table = suite('host: CmidTable = Map<string, T>');

table('edge cases', () => {
  const a = '0000000c-1111-4222-8333-00000001734c';
  sameAsMap([
    a,
    a,
    a.toUpperCase(),
    '0000000c-1111-4fff-ffff-ffffffffffff', // the same leading 13 digits
    '0000000c-1111-4fff-ffff-ffffffffffff',
    '0000000c-1111-4222-8333-00000001734d',
    `{${a}}`,
    a.replace(/-/g, '_'),
    ` ${a.slice(1)}`,
    'not a guid',
    '',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    a,
  ]);
});

table('random CMIDs, many sharing leading digits', () => {
  const hex = (n: number) => fc.array(fc.constantFrom('0', '1', 'a', 'f', 'F', 'g'), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const guid = fc.tuple(fc.constantFrom('0000000c', 'ffffffff'), fc.constantFrom('1111', 'aaaa'), hex(4), hex(4), hex(12)).map((p) => p.join('-'));
  fc.assert(fc.property(fc.array(fc.oneof(guid, fc.string({ maxLength: 40 })), { maxLength: 60 }), (keys) => sameAsMap([...keys, ...keys])), { numRuns: 1000 });
});

table.run();
