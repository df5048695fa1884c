import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

// Written in pieces, so a report of many megabytes never needs a second copy in memory as bytes.
const CHUNK = 1 << 20;

/**
 * Write a file so that it is never seen half-written: the data goes to a new temporary file beside
 * it (created exclusively, so no link there is followed), is flushed, and is then renamed over the
 * target. A crash at any point leaves the previous file whole; a symbolic link at the target is
 * replaced by the file, never written through.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    for (let at = 0; at < data.length; ) {
      let end = Math.min(data.length, at + CHUNK);
      // Never cut between the two halves of a surrogate pair.
      const last = data.charCodeAt(end - 1);
      if (end < data.length && last >= 0xd800 && last <= 0xdbff) end--;
      await handle.write(data.slice(at, end), null, 'utf8');
      at = end;
    }
    await handle.datasync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
