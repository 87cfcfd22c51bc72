import { isKnownCode, type KmsCode } from './catalog.js';

/**
 * The known error codes written in a text as `0x` + 8 hex digits (any case), canonical and each
 * once, in order of first appearance. Success (0x00000000) is left out: it explains no failure.
 */
export function codesIn(text: string): KmsCode[] {
  const found: KmsCode[] = [];
  for (const match of text.matchAll(/(?<![0-9A-Za-z])0x([0-9a-f]{8})(?![0-9A-Za-z])/gi)) {
    const code = `0x${match[1]!.toUpperCase()}`;
    if (code !== '0x00000000' && isKnownCode(code) && !found.includes(code)) found.push(code);
  }
  return found;
}
