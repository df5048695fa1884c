import type { Stats } from 'node:fs';

/** What kind of file that is not a regular file nor a directory an entry is, in words ("a FIFO"). */
export function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'a special file';
}
