import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputProblem } from '../model/index.ts';
import { expandGlob } from './expand-glob.ts';
import { hasGlobMagic } from './glob-to-regexp.ts';
import { walkDirectory } from './walk-directory.ts';

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
 * left alone are expanded, and the same file or URL given twice is read once.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
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
    const walked = await walkDirectory(path);
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
      const matches = await expandGlob(input);
      if (matches.length === 0) problems.push({ input, reason: 'No files match this pattern' });
      for (const match of matches) await addPath(match, match);
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
