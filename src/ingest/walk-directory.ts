import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputProblem } from '../model/index.ts';
import { isSupportedFileName } from './is-supported-file-name.ts';

/** The files a directory walk found, and the subdirectories it could not read. */
export interface Walked {
  readonly files: string[];
  readonly problems: InputProblem[];
}

/**
 * Every supported file under `dir`, recursively, in sorted order; dotfiles and dot-directories are
 * skipped, symbolic links followed once (a link back up the tree is not walked again).
 */
export async function walkDirectory(dir: string): Promise<Walked> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>();
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
      const info = await stat(child).catch(() => null);
      if (info?.isDirectory()) await walk(child);
      else if (info?.isFile() && isSupportedFileName(name)) files.push(child);
    }
  };
  await walk(dir);
  return { files, problems };
}
