import { normaliseLine } from './normalise-line.ts';
import { keptIndexes, removeUnits } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState } from './text-state.ts';

const NEAR_MIN_WORDS = 15;
// Shorter repeats are table cells and list items; other rules catch short chrome.
const MIN_WORDS = 3;
const NEAR_SIMILARITY = 0.75;
const HEAD_ZONE = 12;
const HEAD_REASONS = new Set(['byline', 'dateline', 'tags', 'title', 'caption', 'photo-credit']);

/**
 * Keep a paragraph printed twice only once: equal after normalising case, quotes and spacing,
 * or (for long paragraphs) sharing most of their words. The later copy goes, except when the
 * earlier one sits in the page head above the byline, where sites repeat a body paragraph as a
 * standfirst: then the head copy goes and the story keeps its paragraph in place.
 */
export function dropRepeatedParagraphs(state: TextState): TextState {
  const kept = keptIndexes(state);
  const headEnd = lastHeadIndex(state);
  const drop = new Set<number>();
  for (let a = 0; a < kept.length; a++) {
    const i = kept[a]!;
    if (drop.has(i)) continue;
    for (let b = a + 1; b < kept.length; b++) {
      const j = kept[b]!;
      if (drop.has(j) || !isRepeat(state.units[i]!.text, state.units[j]!.text)) continue;
      if (i < headEnd && j > headEnd) {
        drop.add(i);
        break;
      }
      drop.add(j);
    }
  }
  return removeUnits(state, drop, 'duplicate-paragraph');
}

function lastHeadIndex(state: TextState): number {
  let last = -1;
  state.units.slice(0, HEAD_ZONE).forEach((u, i) => {
    if (u.removed !== undefined && HEAD_REASONS.has(u.removed)) last = i;
  });
  return last;
}

function isRepeat(a: string, b: string): boolean {
  if (wordsOf(a).length < MIN_WORDS) return false;
  if (normaliseLine(a) === normaliseLine(b)) return true;
  const wa = wordsOf(normaliseLine(a));
  const wb = wordsOf(normaliseLine(b));
  if (Math.min(wa.length, wb.length) < NEAR_MIN_WORDS) return false;
  if (Math.min(wa.length, wb.length) / Math.max(wa.length, wb.length) < NEAR_SIMILARITY) return false;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length) >= NEAR_SIMILARITY;
}
