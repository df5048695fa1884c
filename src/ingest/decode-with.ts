import iconv from 'iconv-lite';

/**
 * Decode bytes with a WHATWG encoding name. windows-1252 goes through iconv-lite because Node 20's
 * TextDecoder reads it as ISO-8859-1, turning curly quotes and dashes into C1 control characters.
 */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1252');
  return new TextDecoder(encoding).decode(bytes);
}
