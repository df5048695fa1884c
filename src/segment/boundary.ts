import type { Range } from '../model/span.ts';

/** What a merge rule sees at a candidate sentence boundary between two adjacent pieces. */
export interface Boundary {
  /** The last whitespace-delimited token of the left piece, opening quotes/brackets stripped ("U.S.", "Dr."). */
  readonly last: string;
  /** The token before `last` in the left piece, or "" when `last` is the first. */
  readonly previous: string;
  /** The first token of the right piece, opening quotes/brackets stripped (`“We` -> "We"). */
  readonly next: string;
  /** True when the gap between the pieces holds a line break: a hard break no rule crosses lightly. */
  readonly lineBreak: boolean;
}

const SPACE = /\s/;
const OPENERS = /^[("“‘'[{«‹]+/u;

/** Read the tokens on both sides of the gap between `left` and `right` (adjacent pieces of `text`). */
export function boundaryBetween(text: string, left: Range, right: Range): Boundary {
  let lastStart = left.end;
  while (lastStart > left.start && !SPACE.test(text[lastStart - 1] ?? '')) lastStart--;
  let previousEnd = lastStart;
  while (previousEnd > left.start && SPACE.test(text[previousEnd - 1] ?? '')) previousEnd--;
  let previousStart = previousEnd;
  while (previousStart > left.start && !SPACE.test(text[previousStart - 1] ?? '')) previousStart--;
  let nextEnd = right.start;
  while (nextEnd < right.end && !SPACE.test(text[nextEnd] ?? '')) nextEnd++;
  const gap = text.slice(left.end, right.start);
  return {
    last: text.slice(lastStart, left.end).replace(OPENERS, ''),
    previous: text.slice(previousStart, previousEnd).replace(OPENERS, ''),
    next: text.slice(right.start, nextEnd).replace(OPENERS, ''),
    lineBreak: gap.includes('\n') || gap.includes('\r') || gap.includes('\u2029') || gap.includes('\u2028'),
  };
}
