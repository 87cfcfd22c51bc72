/**
 * createStreamDecoder('utf-8') is Node's StringDecoder (faster) in place of the WHATWG TextDecoder
 * the other encodings use: it must give the same text for any bytes cut anywhere — the same
 * U+FFFD for invalid and truncated sequences, a character split between chunks kept whole, a BOM
 * kept (callers skip it by its length).
 */
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createStreamDecoder } from '../../src/inputs/text-encoding.js';

/** Bytes around the UTF-8 boundaries: lead bytes of every length, continuation bytes, never-valid bytes. */
const EDGE_BYTES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];

function viaTextDecoder(chunks: Uint8Array[]): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

function viaStreamDecoder(chunks: Uint8Array[]): string {
  const decoder = createStreamDecoder('utf-8');
  return chunks.map((c) => decoder.write(c)).join('') + decoder.end();
}

function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  return chunks;
}

const decoding = suite('inputs: the UTF-8 stream decoder = TextDecoder');

decoding('fixed cases: a BOM, a character cut in every place, invalid and truncated sequences', () => {
  const text = Buffer.from('\uFEFFé日本🙂x', 'utf8');
  for (let a = 0; a <= text.length; a++) {
    for (let b = a; b <= text.length; b++) assert.is(viaStreamDecoder(cut(text, [a, b])), viaTextDecoder(cut(text, [a, b])), `cuts ${a}, ${b}`);
  }
  for (const hex of ['f08080', 'eda080', 'c0af', 'e0', 'f4908080', 'ff41', 'e282', 'f09f98']) {
    const bytes = Buffer.from(hex, 'hex');
    assert.is(viaStreamDecoder([bytes]), viaTextDecoder([bytes]), hex);
    assert.is(viaStreamDecoder(cut(bytes, [1, 2])), viaTextDecoder(cut(bytes, [1, 2])), `${hex} cut`);
  }
});

decoding('random bytes near the boundaries, cut at random places', () => {
  const byte = fc.oneof(fc.constantFrom(...EDGE_BYTES), fc.integer({ min: 0, max: 255 }));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (values, at) => {
      const chunks = cut(Uint8Array.from(values), at);
      assert.is(viaStreamDecoder(chunks), viaTextDecoder(chunks));
    }),
    { numRuns: 20_000 },
  );
});

decoding.run();
