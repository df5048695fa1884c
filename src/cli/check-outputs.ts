import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { expandInputs } from '../ingest/expand-inputs.ts';
import type { ReportOutputs } from './write-report.ts';

/**
 * Why the report files asked for cannot be written as asked, as one line, or null when they can: a
 * file name given empty, one file named for two formats, or a file that is one of the inputs (it
 * would overwrite an article, or be read as one next time). Links at the output path are not
 * followed: the report replaces the link, so a link to an input is not the input.
 */
export async function outputProblem(inputs: readonly string[], outputs: ReportOutputs): Promise<string | null> {
  const named: [string, string][] = [];
  for (const [flag, value] of [['--html', outputs.html], ['--markdown', outputs.markdown], ['--csv', outputs.csv]] as const) {
    if (typeof value !== 'string') continue;
    if (value.trim() === '') return `${flag} needs a file name`;
    named.push([flag, await outputKey(value)]);
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (named[i]![1] === named[j]![1]) return `${named[i]![0]} and ${named[j]![0]} name the same file`;
    }
  }
  if (named.length === 0) return null;
  const { entries } = await expandInputs(inputs);
  const read = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    read.add(await outputKey(entry.path));
    read.add(await realpath(entry.path).catch(() => resolve(entry.path)));
  }
  const clash = named.find(([, key]) => read.has(key));
  return clash ? `${clash[0]} names one of the inputs; give the report another file name` : null;
}

/** A path with its directory resolved through links and its last part left as written. */
async function outputKey(path: string): Promise<string> {
  const dir = dirname(resolve(path));
  return join(await realpath(dir).catch(() => dir), basename(path));
}
