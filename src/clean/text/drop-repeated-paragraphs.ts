import { normaliseLine } from './normalise-line.ts';
import { keptIndexes, removeUnits } from './unit-helpers.ts';
import { wordsOf } from './words-of.ts';
import type { TextState } from './text-state.ts';

const NEAR_MIN_WORDS = 15;
// Shorter repeats are table cells and list items; other rules catch short chrome.
const MIN_WORDS = 3;
const NEAR_SIMILARITY = 0.75;
// Two paragraphs this similar, each at least 3/4 the length of the other, share at least this share of either one's words.
const NEAR_OVERLAP = (NEAR_SIMILARITY * (1 + NEAR_SIMILARITY)) / 2;
// Earlier paragraphs compared with one paragraph at most: only a page of near-copies reaches it.
const MAX_COMPARED = 200;
const HEAD_ZONE = 12;
const HEAD_REASONS = new Set(['byline', 'dateline', 'tags', 'title', 'caption', 'photo-credit']);

interface Paragraph {
  readonly unit: number;
  readonly key: string;
  readonly words: number;
  /** Normalised words, each with its occurrence number ("the#2"): a multiset as a set. */
  readonly tokens: readonly string[];
}

/**
 * Keep a paragraph printed twice only once: equal after normalising case, quotes and spacing,
 * or (for long paragraphs) sharing most of their words. The later copy goes, except when the
 * earlier one sits in the page head above the byline, where sites repeat a body paragraph as a
 * standfirst: then the head copy goes and the story keeps its paragraph in place.
 * Each paragraph is matched against the earlier ones still kept, earliest first. Equal ones are found by
 * their key; near ones among the paragraphs sharing a word of a prefix of their rarest words (a
 * pair that similar must share one, so none is missed), so a page of thousands of paragraphs is
 * not compared pair by pair.
 */
export function dropRepeatedParagraphs(state: TextState): TextState {
  const headEnd = lastHeadIndex(state);
  const paragraphs = keptIndexes(state).map((unit): Paragraph => {
    const text = state.units[unit]!.text;
    const key = normaliseLine(text);
    return { unit, key, words: wordsOf(text).length, tokens: numbered(wordsOf(key)) };
  });
  const frequency = new Map<string, number>();
  for (const p of paragraphs) if (p.tokens.length >= NEAR_MIN_WORDS) for (const t of p.tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = (a: string, b: string): number => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const drop = new Set<number>();
  const byKey = new Map<string, number[]>();
  const byToken = new Map<string, number[]>();
  paragraphs.forEach((p, k) => {
    const earlier = new Set<number>();
    for (const e of byKey.get(p.key) ?? []) if (!drop.has(paragraphs[e]!.unit)) {
      earlier.add(e);
      break;
    }
    const prefix = p.tokens.length >= NEAR_MIN_WORDS ? [...p.tokens].sort(rarestFirst).slice(0, p.tokens.length - Math.ceil(NEAR_OVERLAP * p.tokens.length) + 1) : [];
    for (const t of prefix) for (const e of byToken.get(t) ?? []) if (earlier.size < MAX_COMPARED * 10) earlier.add(e);
    let compared = 0;
    for (const e of [...earlier].sort((x, y) => x - y)) {
      const a = paragraphs[e]!;
      if (drop.has(a.unit)) continue;
      if (compared++ >= MAX_COMPARED) break;
      if (!isRepeat(a, p)) continue;
      // A standfirst copy in the head gives way to this one; a later copy may still take this one out.
      if (a.unit < headEnd && p.unit > headEnd) drop.add(a.unit);
      else {
        drop.add(p.unit);
        return;
      }
    }
    append(byKey, p.key, k);
    for (const t of prefix) append(byToken, t, k);
  });
  return removeUnits(state, drop, 'duplicate-paragraph');
}

function append(index: Map<string, number[]>, key: string, k: number): void {
  const list = index.get(key);
  if (list) list.push(k);
  else index.set(key, [k]);
}

function numbered(words: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return words.map((w) => {
    const n = (seen.get(w) ?? 0) + 1;
    seen.set(w, n);
    return `${w}#${n}`;
  });
}

function lastHeadIndex(state: TextState): number {
  let last = -1;
  state.units.slice(0, HEAD_ZONE).forEach((u, i) => {
    if (u.removed !== undefined && HEAD_REASONS.has(u.removed)) last = i;
  });
  return last;
}

function isRepeat(a: Paragraph, b: Paragraph): boolean {
  if (a.words < MIN_WORDS) return false;
  if (a.key === b.key) return true;
  const [na, nb] = [a.tokens.length, b.tokens.length];
  if (Math.min(na, nb) < NEAR_MIN_WORDS) return false;
  if (Math.min(na, nb) / Math.max(na, nb) < NEAR_SIMILARITY) return false;
  const mine = new Set(a.tokens);
  const shared = b.tokens.filter((t) => mine.has(t)).length;
  return (2 * shared) / (na + nb) >= NEAR_SIMILARITY;
}
