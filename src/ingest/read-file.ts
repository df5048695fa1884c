import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from './input-error.ts';
import { formatSize } from './format-size.ts';
import { specialKind } from './special-kind.ts';

// System error codes a user can cause, and how to say them.
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'File not found',
  ENOTDIR: 'File not found',
  EACCES: 'Permission denied',
  EPERM: 'Permission denied',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many symbolic links',
  ENAMETOOLONG: 'File name too long',
  EIO: 'Input/output error while reading',
  ENXIO: 'Not a regular file (a socket or a device with nothing behind it)',
};

/**
 * Read a regular file's bytes, refusing files past `maxBytes`. FIFOs, devices and sockets are refused
 * (a FIFO would block forever, `/dev/zero` never ends). The file is opened without blocking and checked
 * on the open handle, so it cannot be swapped for a FIFO between a check and the read. Files whose size
 * the system reports as 0 (`/proc` files) are read to their real end, up to the limit.
 */
export async function readFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw new InputError('Is a directory');
      if (!info.isFile()) throw new InputError(`Not a regular file (${specialKind(info)})`);
      if (info.size > maxBytes) throw new InputError(`Larger than the size limit (${formatSize(maxBytes)})`);
      // Read one byte past the limit so a file that grew after stat (or a /proc file sized 0) is still caught.
      const buffer = Buffer.alloc(Math.min(info.size || maxBytes, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) throw new InputError(`Larger than the size limit (${formatSize(maxBytes)})`);
        if (length === buffer.length) break;
      }
      if (length === 0) throw new InputError('File is empty');
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(REASONS[code] ?? `Cannot read the file (${code || String(error)})`, { cause: error });
  }
}
