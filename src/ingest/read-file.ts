import { open } from 'node:fs/promises';
import { InputError } from './input-error.ts';
import { formatSize } from './format-size.ts';

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
};

/** Read a file's bytes, refusing files past `maxBytes`; pipes and devices are read up to the limit. */
export async function readFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw new InputError('Is a directory');
      if (info.isFile() && info.size > maxBytes) throw new InputError(`Larger than the size limit (${formatSize(maxBytes)})`);
      if (info.isFile() && info.size === 0) throw new InputError('File is empty');
      // Read one byte past the limit so a file that grew after stat (or a pipe) is still caught.
      const buffer = Buffer.alloc(info.isFile() ? Math.min(info.size, maxBytes) + 1 : maxBytes + 1);
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
