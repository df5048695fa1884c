import { endsSentence } from './ends-sentence.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MIN_PROSE_WORDS = 5;
const SHORT_PENALTY = 6;
// A long line without an end is prose broken mid-sentence (a bad scrape), not a menu item: neutral.
const MIN_BROKEN_WORDS = 20;
const MIN_INSIDE_SHARE = 0.6;
const MIN_FRAGMENTS = 10;
const MIN_FRAGMENT_SHARE = 0.25;

/**
 * Remove what lies outside the story on a whole-page dump (a page with many fragments: menu
 * items, link lists, labels, left after the other rules): the story is the stretch of the page
 * where prose outweighs fragments. Each line scores its words when it reads as prose and a
 * penalty otherwise; the best-scoring stretch (a maximum subarray) is the story, and only
 * lines before or after it go, so nothing inside the story is ever cut.
 */
export function markOutsideStory(state: TextState): TextState {
  const kept = state.units.map((u, i) => [u, i] as const).filter(([u]) => u.removed === undefined);
  // Text that is already an article (a few headings among paragraphs) is left as it is.
  const fragments = kept.filter(([u]) => score(u) < 0).length;
  if (fragments < MIN_FRAGMENTS || fragments < kept.length * MIN_FRAGMENT_SHARE) return state;
  let best = { sum: -Infinity, from: 0, to: -1 };
  let sum = 0;
  let from = 0;
  kept.forEach(([unit], k) => {
    if (sum <= 0) {
      sum = 0;
      from = k;
    }
    sum += score(unit);
    if (sum > best.sum) best = { sum, from, to: k };
  });
  if (best.to < 0) return state;
  // Short sentences ("He declined to comment.") score nothing but stay with the story they touch.
  while (best.to + 1 < kept.length && isShortSentence(kept[best.to + 1]![0])) best.to++;
  while (best.from > 0 && isShortSentence(kept[best.from - 1]![0])) best.from--;
  const prose = (u: Unit): number => Math.max(0, score(u));
  const inside = kept.slice(best.from, best.to + 1).reduce((n, [u]) => n + prose(u), 0);
  const total = kept.reduce((n, [u]) => n + prose(u), 0);
  // When much prose lies outside the best stretch, the page is not one story with chrome
  // around it (a list, a collection): take out only the fragments.
  const sure = inside >= total * MIN_INSIDE_SHARE;
  const outside = new Set(kept.filter(([u], k) => (k < best.from || k > best.to) && (sure || prose(u) === 0)).map(([, i]) => i));
  if (outside.size === 0) return state;
  const units = state.units.map((u, i): Unit => (outside.has(i) ? { ...u, removed: 'off-article' } : u));
  return { ...state, units };
}

function score(unit: Unit): number {
  const words = wordsOf(unit.text).length;
  if (!hasProseLetters(unit.text) || words < 2) return -SHORT_PENALTY;
  if (!endsSentence(unit.text)) return words >= MIN_BROKEN_WORDS ? 0 : -SHORT_PENALTY;
  return words >= MIN_PROSE_WORDS ? words : 0;
}

function isShortSentence(unit: Unit): boolean {
  const words = wordsOf(unit.text).length;
  return words >= 2 && words < MIN_PROSE_WORDS && endsSentence(unit.text) && hasProseLetters(unit.text);
}

// Prose holds lowercase letters, or letters of a script without case (Arabic, Hebrew, Chinese, Thai): a shouted line holds neither.
function hasProseLetters(text: string): boolean {
  return /[\p{Ll}\p{Lo}]/u.test(text);
}
