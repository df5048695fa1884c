import type { WordToken } from '../../text/word-tokens.ts';

/** The words `[from, to)` that fall inside characters `[start, end)` (binary search; empty when none). */
export function wordRange(words: readonly WordToken[], start: number, end: number): { from: number; to: number } {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < words.length && words[to]!.start < end) to++;
  return { from: lo, to };
}
