import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputProblem } from '../model/index.ts';
import { expandGlob } from './expand-glob.ts';
import { hasGlobMagic } from './glob-matcher.ts';
import { InputError } from './input-error.ts';
import { walkDirectory, type WalkOptions } from './walk-directory.ts';

/** One thing to read: a file (named as the user would know it), a URL, or standard input. */
export type InputEntry =
  | { readonly kind: 'file'; readonly input: string; readonly path: string }
  | { readonly kind: 'url'; readonly input: string }
  | { readonly kind: 'stdin'; readonly input: string };

/** The inputs to read, in order, each once, and the inputs that named nothing. */
export interface ExpandedInputs {
  readonly entries: InputEntry[];
  readonly problems: InputProblem[];
}

/**
 * Turn the user's inputs into a list of things to read: directories are walked, globs the shell
 * left alone are expanded, and the same file or URL given twice is read once. A link found in a
 * directory or by a glob that leads out of it is not followed unless `followSymlinks`; a path named
 * on the command line is read wherever it leads (the user chose it).
 */
export async function expandInputs(inputs: readonly string[], options: WalkOptions = {}): Promise<ExpandedInputs> {
  const entries: InputEntry[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (entry: InputEntry, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  const addPath = async (input: string, path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      add({ kind: 'file', input, path }, await keyOf(path));
      return;
    }
    const walked = await walkDirectory(path, options);
    problems.push(...walked.problems);
    if (walked.files.length === 0) problems.push({ input, reason: 'No supported files in this directory' });
    for (const file of walked.files) add({ kind: 'file', input: file, path: file }, await keyOf(file));
  };

  for (const input of inputs) {
    if (input === '-') add({ kind: 'stdin', input }, 'stdin:');
    else if (/^file:\/\//i.test(input)) {
      const path = pathOfFileUrl(input);
      if (path) await addPath(input, path);
      else problems.push({ input, reason: 'Not a valid file URL' });
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      add({ kind: 'url', input }, URL.canParse(input) ? `url:${new URL(input).href}` : `url:${input}`);
    } else if (hasGlobMagic(input) && !(await stat(input).then(() => true, () => false))) {
      let glob: Awaited<ReturnType<typeof expandGlob>>;
      try {
        glob = await expandGlob(input);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push({ input, reason: error.message });
        continue;
      }
      problems.push(...glob.problems);
      if (glob.matches.length === 0 && glob.problems.length === 0) problems.push({ input, reason: 'No files match this pattern' });
      const base = await realpath(glob.base).catch(() => resolve(glob.base));
      for (const match of glob.matches) {
        const real = await realpath(match).catch(() => null);
        if (real !== null && !options.followSymlinks && real !== base && !real.startsWith(base.endsWith(sep) ? base : base + sep)) {
          problems.push({ input: match, reason: `Symbolic link out of "${glob.base}" not followed (use --follow-symlinks)` });
        } else await addPath(match, match);
      }
    } else {
      await addPath(input, input);
    }
  }
  return { entries, problems };
}

/** A file's identity: its real path, so links and different spellings of one path read it once. */
async function keyOf(path: string): Promise<string> {
  return `file:${await realpath(path).catch(() => resolve(path))}`;
}

function pathOfFileUrl(input: string): string | null {
  try {
    return fileURLToPath(input);
  } catch {
    return null;
  }
}
