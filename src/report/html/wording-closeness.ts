import { wordTokens } from '../../text/word-tokens.ts';
import { DIFF_ADDED, DIFF_LACKING } from './word-diff.ts';

/** How close a wording is to another, read from their word diff (see word-diff.ts). */
export interface WordingCloseness {
  /** The words both have over the words of the longer one: 0 nothing shared, 1 the same words (perhaps reordered or written differently). */
  readonly share: number;
  /** The most words one run of the diff adds or lacks. */
  readonly longestRun: number;
}

/** Measure how close `variant` is to `base` from `ops`, the word diff of one against the other. */
export function wordingCloseness(base: string, variant: string, ops: readonly number[]): WordingCloseness {
  const words = (text: string, start: number, end: number): number => wordTokens(text, { start, end }).length;
  const baseWords = words(base, 0, base.length);
  const variantWords = words(variant, 0, variant.length);
  let added = 0;
  let lacking = 0;
  let longestRun = 0;
  for (let k = 0; k + 2 < ops.length; k += 3) {
    const op = ops[k];
    if (op !== DIFF_ADDED && op !== DIFF_LACKING) continue;
    const n = op === DIFF_ADDED ? words(variant, ops[k + 1]!, ops[k + 2]!) : words(base, ops[k + 1]!, ops[k + 2]!);
    if (op === DIFF_ADDED) added += n;
    else lacking += n;
    longestRun = Math.max(longestRun, n);
  }
  if (baseWords === 0 && variantWords === 0) return { share: 1, longestRun };
  const shared = Math.max(0, Math.min(variantWords - added, baseWords - lacking));
  return { share: shared / Math.max(baseWords, variantWords), longestRun };
}

/**
 * Whether a word diff of two wordings reads well: most words shared, and either nearly all of them or
 * the changes a word or two at a time. A paraphrase's diff would strike and insert whole phrases.
 */
export function isCloseWording({ share, longestRun }: WordingCloseness): boolean {
  return share >= 0.7 || (share >= 0.5 && longestRun <= 2);
}
