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
  const n = ai.length;
  const m = bi.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => dp[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = sameWord(a[ai[i]!]!, b[bi[j]!]!) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const aToB = new Array<number>(a.length).fill(-1);
  const bToA = new Array<number>(b.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (sameWord(a[ai[i]!]!, b[bi[j]!]!) && at(i, j) === at(i + 1, j + 1) + 1) {
      aToB[ai[i]!] = bi[j]!;
      bToA[bi[j]!] = ai[i]!;
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
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
