import { wordTokens, type WordToken } from '../../text/word-tokens.ts';
import { sameWord } from '../../compare/same-word.ts';

/** Ops of a word diff, as triples in a flat array: op, start, end. */
export const DIFF_SAME = 0;
/** Words of the variant the base lacks (offsets into the variant). */
export const DIFF_ADDED = 1;
/** Words of the base the variant lacks (offsets into the base). */
export const DIFF_LACKING = 2;

// Past this many word pairs the table costs more than the view is worth; the wording is shown undiffed.
const MAX_CELLS = 2_000_000;

/**
 * A word-level diff of `variant` against `base`, as flat triples `[op, start, end, ...]` that cover the
 * variant's text in order (same or added) with the base's lacking words placed where they fall. Words
 * are compared through the comparison's normaliser ("32"/"thirty-two", "US"/"U.S.", "advisers"/
 * "advisors" are the same word), so agreement written differently is not highlighted, and so are words
 * one side has in another place (a reordering is not a change). Returns null
 * when the two are too long to compare word by word.
 */
export function wordDiff(base: string, variant: string): number[] | null {
  const b = wordTokens(base, { start: 0, end: base.length });
  const v = wordTokens(variant, { start: 0, end: variant.length });
  if (b.length * v.length > MAX_CELLS) return null;
  const out: number[] = [];
  let pos = 0;
  const emit = (op: number, start: number, end: number, joinable: boolean): void => {
    const n = out.length;
    if (n > 0 && out[n - 3] === op && (joinable || out[n - 1] === start)) out[n - 1] = end;
    else out.push(op, start, end);
  };
  let lastLacking = -2;
  for (const step of lcsSteps(b, v)) {
    if (step.kind === 'moved') continue;
    if (step.kind === 'lacking') {
      // one run of lacking words covers only words next to each other in the base
      if (step.b !== lastLacking + 1 && out[out.length - 3] === DIFF_LACKING) out.push(DIFF_LACKING, b[step.b]!.start, b[step.b]!.end);
      else emit(DIFF_LACKING, b[step.b]!.start, b[step.b]!.end, true);
      lastLacking = step.b;
      continue;
    }
    const t = v[step.v]!;
    if (step.kind === 'same' || step.kind === 'moved-here') {
      emit(DIFF_SAME, pos, t.end, true);
    } else {
      // an added run swallows the spaces between its words, not the punctuation around them
      const gap = variant.slice(pos, t.start);
      if (gap) {
        if (/^\s+$/.test(gap) && out[out.length - 3] === DIFF_ADDED && out[out.length - 1] === pos) emit(DIFF_ADDED, pos, t.start, false);
        else emit(DIFF_SAME, pos, t.start, false);
      }
      emit(DIFF_ADDED, t.start, t.end, false);
    }
    pos = t.end;
  }
  if (pos < variant.length) emit(DIFF_SAME, pos, variant.length, false);
  return out;
}

type Step =
  | { kind: 'same'; b: number; v: number }
  | { kind: 'added'; v: number }
  | { kind: 'moved-here'; v: number }
  | { kind: 'lacking'; b: number }
  | { kind: 'moved'; b: number };

// Longest common subsequence of words; at a substitution the base's lacking words come first. A word
// off the subsequence that the other side has elsewhere was moved, not changed: it is not marked.
function lcsSteps(b: readonly WordToken[], v: readonly WordToken[]): Step[] {
  const n = b.length;
  const m = v.length;
  const width = m + 1;
  const dp = new Uint32Array((n + 1) * width);
  const bElsewhere = new Uint8Array(n);
  const vElsewhere = new Uint8Array(m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      if (sameWord(b[i]!, v[j]!)) {
        dp[i * width + j] = dp[(i + 1) * width + j + 1]! + 1;
        bElsewhere[i] = 1;
        vElsewhere[j] = 1;
      } else dp[i * width + j] = Math.max(dp[(i + 1) * width + j]!, dp[i * width + j + 1]!);
    }
  }
  const lacking = (at: number): Step => (bElsewhere[at] ? { kind: 'moved', b: at } : { kind: 'lacking', b: at });
  const added = (at: number): Step => (vElsewhere[at] ? { kind: 'moved-here', v: at } : { kind: 'added', v: at });
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (sameWord(b[i]!, v[j]!) && dp[i * width + j] === dp[(i + 1) * width + j + 1]! + 1) steps.push({ kind: 'same', b: i++, v: j++ });
    else if (dp[(i + 1) * width + j]! >= dp[i * width + j + 1]!) steps.push(lacking(i++));
    else steps.push(added(j++));
  }
  while (i < n) steps.push(lacking(i++));
  while (j < m) steps.push(added(j++));
  return steps;
}
