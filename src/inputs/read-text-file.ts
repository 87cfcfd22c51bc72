import { type InputWhat, readFileCapped } from './read-capped.js';
import { readFileCappedSync } from './read-capped-sync.js';
import { type DecodedText, decodeTextBytes, type EncodingHint } from './text-encoding.js';

export interface TextFileSpec {
  /** Larger files are refused: a real input of this kind is far smaller. */
  maxBytes: number;
  /** What the file should be, as the catalog names it in a usage error (with what a real one weighs). */
  what: InputWhat;
  hint?: EncodingHint | undefined;
}

/**
 * The one way a whole text input is read: a regular file (never a device or a pipe), at most
 * `maxBytes`, decoded by the one detector (BOM, UTF-8, the given code page, byte analysis).
 */
export async function readTextFile(path: string, spec: TextFileSpec): Promise<DecodedText> {
  const bytes = await readFileCapped(path, spec.maxBytes, spec.what);
  return decodeTextBytes(bytes, path, spec.hint);
}

/** readTextFile without promises, for batches of many small files (see read-capped-sync.ts). */
export function readTextFileSync(path: string, spec: TextFileSpec): DecodedText {
  return decodeTextBytes(readFileCappedSync(path, spec.maxBytes, spec.what), path, spec.hint);
}
