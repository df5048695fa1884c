import type { Range } from '../model/span.ts';
import type { Token } from './tag-text.ts';

/** Indices `[first, end)` of the tokens lying inside `range` (binary search; tokens are sorted). */
export function tokenRange(tokens: readonly Token[], range: Range): { first: number; end: number } {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= range.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && (tokens[end]?.start ?? Infinity) < range.end) end++;
  return { first: lo, end };
}
