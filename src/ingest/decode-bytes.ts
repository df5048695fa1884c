import iconv from 'iconv-lite';
import { decodeWith } from './decode-with.ts';
import { decodeMixedUtf8 } from './decode-mixed-utf8.ts';
import { findDeclaredCharset } from './find-declared-charset.ts';

/** A decoded document and the encoding it was read with, and why that one. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly from: 'bom' | 'header' | 'document' | 'utf-16-pattern' | 'utf-8' | 'fallback';
}

/**
 * Decode bytes to a string, as browsers do: a byte order mark first, then the charset the transport
 * declared (HTTP `Content-Type`), then the one the document declares in its first bytes, then UTF-8
 * when the bytes are valid UTF-8, else windows-1252. ISO-8859-1 and ASCII are read as windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeBom(bytes, bom), encoding: bom, from: 'bom' };
  for (const [label, from] of [[declared, 'header'], [findDeclaredCharset(bytes), 'document']] as const) {
    const decoded = label ? decodeAs(bytes, label) : null;
    if (decoded) return { ...decoded, from };
  }
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, from: 'utf-16-pattern' };
  return decodeUnlabelled(bytes);
}

function byteOrderMark(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  // UTF-32's marks first: the little-endian one starts like UTF-16's.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** TextDecoder knows no UTF-32 (the WHATWG standard dropped it); iconv-lite does, and drops the mark. */
function decodeBom(bytes: Uint8Array, encoding: string): string {
  if (encoding.startsWith('utf-32')) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  return new TextDecoder(encoding).decode(bytes);
}

function decodeAs(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    if (!iconv.encodingExists(label)) return null; // an unknown label is ignored, as browsers do
    return { text: iconv.decode(Buffer.from(bytes), label), encoding: label.toLowerCase() };
  }
  // A UTF-16 label on bytes that were readable as ASCII markup is a mislabel: browsers read UTF-8.
  if (encoding.startsWith('utf-16') && !utf16Pattern(bytes)) encoding = 'utf-8';
  if (encoding === 'utf-8') {
    const { text } = decodeUnlabelled(bytes);
    return { text, encoding };
  }
  return { text: decodeWith(bytes, encoding), encoding };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 when valid (with stray legacy bytes read as windows-1252), else windows-1252 throughout. */
function decodeUnlabelled(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', from: 'utf-8' };
  } catch {
    // Not clean UTF-8: look closer below.
  }
  const mixed = decodeMixedUtf8(bytes);
  if (mixed.multibyte > 0) return { text: mixed.text, encoding: 'utf-8', from: 'utf-8' };
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', from: 'fallback' };
}

/** UTF-16 without a BOM shows as ASCII text with a zero byte beside every character. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}
