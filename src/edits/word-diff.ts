import type { WordStep } from '../model/index.ts';
import { diffSequences } from './diff-sequences.ts';

// A word with its inner marks ("1,200", "don't", "well-known"), a run of white space, or one other character.
const TOKEN = /\s+|[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[^\s]/gu;

/** The word diff of two passages: runs of words kept, removed and added (white space and punctuation as their own tokens). */
export function wordDiff(before: string, after: string): WordStep[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  const steps: WordStep[] = [];
  for (const run of diffSequences(a, b, { semantic: true })) {
    const text = run.op === '+' ? b.slice(run.b[0], run.b[1]).join('') : a.slice(run.a[0], run.a[1]).join('');
    const last = steps.at(-1);
    if (last && last.op === run.op) steps[steps.length - 1] = { op: run.op, text: last.text + text };
    else steps.push({ op: run.op, text });
  }
  return steps;
}
