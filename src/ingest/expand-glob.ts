import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { globToRegExp, hasGlobMagic } from './glob-to-regexp.ts';

/**
 * Expand a shell glob (`*`, `?`, `[...]`, and `**` for any depth) the way a shell would have, for
 * inputs the shell left alone (quoted, or on Windows). Matches are sorted and keep the pattern's
 * relative or absolute form; they may be files or directories.
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const first = segments.findIndex(hasGlobMagic);
  if (first === -1) return [];
  const base = join(absolute ? '/' : '.', ...segments.slice(0, first));
  const prefix = absolute || first > 0 ? base : '';
  const found = new Set<string>();
  await match(base, prefix, segments.slice(first), found);
  return [...found].sort();
}

async function match(dir: string, shown: string, rest: readonly string[], found: Set<string>): Promise<void> {
  const [segment, ...tail] = rest;
  if (segment === undefined) {
    found.add(shown || '.');
    return;
  }
  if (segment === '**') {
    // `**` matches zero directories, or descends one level and still matches.
    await match(dir, shown, tail, found);
    for (const name of await listDirs(dir)) await match(join(dir, name), join(shown, name), rest, found);
    return;
  }
  if (!hasGlobMagic(segment)) {
    const path = join(dir, segment);
    if (await exists(path)) await match(path, join(shown, segment), tail, found);
    return;
  }
  const regexp = globToRegExp(segment);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (!regexp.test(name)) continue;
    const path = join(dir, name);
    if (tail.length > 0 && !(await isDir(path))) continue;
    await match(path, join(shown, name), tail, found);
  }
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  // Dot-directories are not descended into by `**`, as in bash's globstar.
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function isDir(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
