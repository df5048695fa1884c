import { gunzipSync } from 'node:zlib';
import { InputError } from './input-error.ts';
import { formatSize } from './format-size.ts';

/** Unpack gzip data, refusing output past `maxBytes` (a small file can unpack to gigabytes). */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new InputError(`Larger than the size limit (${formatSize(maxBytes)}) once unpacked`, { cause: error });
    }
    throw new InputError('Not valid gzip data', { cause: error });
  }
}
