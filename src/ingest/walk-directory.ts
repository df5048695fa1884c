import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { InputProblem } from '../model/index.ts';
import { isSupportedFileName } from './is-supported-file-name.ts';
import { specialKind } from './special-kind.ts';

/** The files a directory walk found, and the entries it could not or would not read. */
export interface Walked {
  readonly files: string[];
  readonly problems: InputProblem[];
}

/** How a walk treats symbolic links. */
export interface WalkOptions {
  /** Follow links that lead outside the directory given (default: they are reported, not followed). */
  readonly followSymlinks?: boolean;
}

/**
 * Every supported file under `dir`, recursively, in sorted order; dotfiles and dot-directories are
 * skipped. Symbolic links are followed once (a link back up the tree is not walked again) while they
 * stay inside `dir`: a link out of it (to a system file, to `/etc`) is named in `problems` and left
 * unread unless `followSymlinks`. FIFOs, sockets and devices with a supported name are named too.
 */
export async function walkDirectory(dir: string, options: WalkOptions = {}): Promise<Walked> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>();
  const root = await realpath(dir).catch(() => dir);
  const inside = (real: string): boolean => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const walk = async (path: string): Promise<void> => {
    const real = await realpath(path).catch(() => path);
    if (visited.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      problems.push({ input: path, reason: `Cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = join(path, name);
      const link = (await lstat(child).catch(() => null))?.isSymbolicLink() ?? false;
      const info = await stat(child).catch(() => null);
      const wanted = info?.isDirectory() || isSupportedFileName(name);
      if (!wanted) continue;
      if (link) {
        const target = info === null ? null : await realpath(child).catch(() => null);
        if (target === null) {
          problems.push({ input: child, reason: 'Broken symbolic link' });
          continue;
        }
        if (!inside(target) && !options.followSymlinks) {
          problems.push({ input: child, reason: `Symbolic link out of "${dir}" not followed (use --follow-symlinks)` });
          continue;
        }
      }
      if (info?.isDirectory()) await walk(child);
      else if (info?.isFile()) files.push(child);
      else if (info) problems.push({ input: child, reason: `Not a regular file (${specialKind(info)})` });
    }
  };
  await walk(dir);
  return { files, problems };
}
