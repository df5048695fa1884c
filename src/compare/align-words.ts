import type { WordToken } from '../text/word-tokens.ts';
import { sameWord } from './same-word.ts';

/** Which word of one variant lines up with which word of another (-1: none). */
export interface WordAlignment {
  readonly aToB: readonly number[];
  readonly bToA: readonly number[];
}

/** Line up the content words of two variants by longest common subsequence; function words stay unmatched. */
export function alignWords(a: readonly WordToken[], b: readonly WordToken[]): WordAlignment {
  const ai = indicesOfContent(a);
  const bi = indicesOfContent(b);
  const aToB = new Array<number>(a.length).fill(-1);
  const bToA = new Array<number>(b.length).fill(-1);
  const link = (i: number, j: number): void => {
    aToB[ai[i]!] = bi[j]!;
    bToA[bi[j]!] = ai[i]!;
  };
  // The walk below matches two like words wherever it stands on them, so the words both variants open with alike
  // line up one for one whatever follows (a copy wholly), and the table need only cover the words after them.
  let s = 0;
  while (s < ai.length && s < bi.length && sameWord(a[ai[s]!]!, b[bi[s]!]!)) link(s, s++);
  const n = ai.length - s;
  const m = bi.length - s;
  const dp = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => dp[i * (m + 1) + j] ?? 0;
  const same = (i: number, j: number): boolean => sameWord(a[ai[s + i]!]!, b[bi[s + j]!]!);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = same(i, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j) && at(i, j) === at(i + 1, j + 1) + 1) link(s + i++, s + j++);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return { aToB, bToA };
}

function indicesOfContent(tokens: readonly WordToken[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.content) out.push(i);
  });
  return out;
}
