// Words that put a figure just under the number written: "nearly 30", "almost 30", "just under 30", "close to 30",
// "shy of 30". Such a figure never reaches the number, so it cannot agree with "more than 30" or "at least 31".
// Data: single words by the token before the figure, pairs by the two tokens before it (far, near).
export const CEILING_WORDS: ReadonlySet<string> = new Set(['nearly', 'almost', 'under']);
export const CEILING_PAIRS: readonly (readonly [string, string])[] = [['just', 'under'], ['close', 'to'], ['shy', 'of'], ['less', 'than'], ['fewer', 'than']];

/** True when the words before a figure (nearest first, normalised) say it stops short of the number written. */
export function approachesFromBelow(before: readonly string[]): boolean {
  const [near, far] = before;
  if (!near) return false;
  if (CEILING_WORDS.has(near)) return true;
  return CEILING_PAIRS.some(([f, n]) => n === near && f === far);
}
