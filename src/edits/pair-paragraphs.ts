import type { Range } from '../model/index.ts';
import { diffSequences } from './diff-sequences.ts';
import { contentWords } from './content-words.ts';

/** How the paragraphs of two versions line up: kept, replaced by a reworded one, removed, or added. */
export interface ParagraphPairs {
  readonly changed: readonly { readonly before: Range; readonly after: Range }[];
  readonly removed: readonly Range[];
  readonly added: readonly Range[];
}

/** Two paragraphs are one reworded when this share of the shorter one's content words is in the other. */
const SAME_PARAGRAPH = 0.5;

/**
 * Line the paragraphs of the previous version up with the new one's: a diff over whole paragraphs (white space
 * squeezed); within each replaced stretch, a removed and an added paragraph sharing most content words are one
 * paragraph reworded (paired in order); a paragraph removed in one place and added word for word in another moved,
 * which is no edit; the rest were removed or added.
 */
export function pairParagraphs(beforeText: string, before: readonly Range[], afterText: string, after: readonly Range[]): ParagraphPairs {
  const key = (text: string, r: Range): string => text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
  const a = before.map((r) => key(beforeText, r));
  const b = after.map((r) => key(afterText, r));
  const changed: { before: Range; after: Range }[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const runs = diffSequences(a, b);
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.op === '=') continue;
    // a stretch of removed and added paragraphs between two kept ones
    const gone: number[] = [];
    const come: number[] = [];
    for (; k < runs.length && runs[k]!.op !== '='; k++) {
      const r = runs[k]!;
      for (let i = r.a[0]; i < r.a[1]; i++) gone.push(i);
      for (let j = r.b[0]; j < r.b[1]; j++) come.push(j);
    }
    k--;
    let from = 0;
    for (const i of gone) {
      const words = contentWords(a[i]!);
      const match = come.slice(from).findIndex((j) => overlap(words, contentWords(b[j]!)) >= SAME_PARAGRAPH);
      if (match < 0) { removed.push(i); continue; }
      for (const j of come.slice(from, from + match)) added.push(j);
      changed.push({ before: before[i]!, after: after[come[from + match]!]! });
      from += match + 1;
    }
    added.push(...come.slice(from));
  }
  // moved: the same paragraph removed here and added there
  const movedA = new Set<number>();
  const movedB = new Set<number>();
  for (const i of removed) {
    const j = added.find((j) => !movedB.has(j) && b[j] === a[i]);
    if (j !== undefined) { movedA.add(i); movedB.add(j); }
  }
  removed = removed.filter((i) => !movedA.has(i));
  added = added.filter((j) => !movedB.has(j));
  return { changed, removed: removed.map((i) => before[i]!), added: added.sort((x, y) => x - y).map((j) => after[j]!) };
}

/** The share of the smaller set's words the other holds. */
function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
