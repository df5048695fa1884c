import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputProblem } from '../model/index.ts';
import { globMatcher, hasGlobMagic } from './glob-matcher.ts';

/** What a glob matched, where its literal part ends (the directory it searched), and what stopped it. */
export interface GlobMatches {
  readonly base: string;
  readonly matches: string[];
  readonly problems: InputProblem[];
}

// A pattern like "/**/*.txt" could walk a whole disk; past this many directories it stops and says so.
const MAX_DIRECTORIES = 20_000;

/**
 * Expand a shell glob (`*`, `?`, `[...]`, and `**` for any depth) the way a shell would have, for
 * inputs the shell left alone (quoted, or on Windows). Matches are sorted and keep the pattern's
 * relative or absolute form; they may be files or directories. A malformed pattern throws an
 * InputError; each directory is searched once per place in the pattern, and at most MAX_DIRECTORIES.
 */
export async function expandGlob(pattern: string): Promise<GlobMatches> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const first = segments.findIndex(hasGlobMagic);
  const base = join(absolute ? '/' : '.', ...segments.slice(0, first === -1 ? segments.length : first));
  if (first === -1) return { base, matches: [], problems: [] };
  // Consecutive "**" mean what one does; the matchers are built (and checked) before any disk access.
  const rest = segments.slice(first).filter((s, i, all) => s !== '**' || all[i - 1] !== '**');
  const matchers = rest.map((s) => (s === '**' || !hasGlobMagic(s) ? null : globMatcher(s)));
  const search: Search = { rest, matchers, found: new Set(), seen: new Set(), directories: 0 };
  await match(search, base, absolute || first > 0 ? base : '', 0);
  const problems: InputProblem[] = search.directories > MAX_DIRECTORIES
    ? [{ input: pattern, reason: `The pattern reaches more than ${MAX_DIRECTORIES.toLocaleString('en')} directories; only those were searched` }]
    : [];
  return { base, matches: [...search.found].sort(), problems };
}

interface Search {
  readonly rest: readonly string[];
  readonly matchers: readonly (((name: string) => boolean) | null)[];
  readonly found: Set<string>;
  readonly seen: Set<string>;
  directories: number;
}

async function match(search: Search, dir: string, shown: string, at: number): Promise<void> {
  const segment = search.rest[at];
  if (segment === undefined) {
    search.found.add(shown || '.');
    return;
  }
  const key = `${at}\u0000${dir}`;
  if (search.seen.has(key)) return;
  search.seen.add(key);
  if (segment === '**') {
    // `**` matches zero directories, or descends one level and still matches.
    await match(search, dir, shown, at + 1);
    for (const name of await listDirs(search, dir)) await match(search, join(dir, name), join(shown, name), at);
    return;
  }
  const matcher = search.matchers[at];
  if (!matcher) {
    const path = join(dir, segment);
    if (await exists(path)) await match(search, path, join(shown, segment), at + 1);
    return;
  }
  const names = await list(search, dir);
  for (const name of names.sort()) {
    if (!matcher(name)) continue;
    const path = join(dir, name);
    if (at + 1 < search.rest.length && !(await isDir(path))) continue;
    await match(search, path, join(shown, name), at + 1);
  }
}

async function list(search: Search, dir: string): Promise<string[]> {
  if (++search.directories > MAX_DIRECTORIES) return [];
  return readdir(dir).catch(() => [] as string[]);
}

async function listDirs(search: Search, dir: string): Promise<string[]> {
  if (++search.directories > MAX_DIRECTORIES) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  // Dot-directories are not descended into by `**`, as in bash's globstar; nor are links to directories.
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function isDir(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
