import { decodeWith } from './decode-with.ts';

/** What a lenient UTF-8 decode found: the text, and how many valid multi-byte and invalid sequences it met. */
export interface MixedDecode {
  readonly text: string;
  readonly multibyte: number;
  readonly invalid: number;
}

/**
 * Decode UTF-8, reading each byte that is not part of a valid UTF-8 sequence as windows-1252: pages
 * that mix both (a UTF-8 template around legacy pasted text) then come out without mojibake.
 */
export function decodeMixedUtf8(bytes: Uint8Array): MixedDecode {
  const parts: string[] = [];
  let multibyte = 0;
  let invalid = 0;
  let runStart = 0;
  const flushValid = (end: number): void => {
    if (end > runStart) parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + runStart, end - runStart).toString('utf8'));
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) { i++; continue; }
    const length = sequenceLength(bytes, i);
    if (length > 0) { multibyte++; i += length; continue; }
    flushValid(i);
    parts.push(decodeWith(bytes.subarray(i, i + 1), 'windows-1252'));
    invalid++;
    i++;
    runStart = i;
  }
  flushValid(bytes.length);
  return { text: parts.join(''), multibyte, invalid };
}

/** Length of the valid UTF-8 sequence starting at `i` (lead byte >= 0x80), or 0 when invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  // Second-byte ranges exclude overlong forms, surrogates and code points past U+10FFFF.
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
