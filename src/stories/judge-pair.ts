import type { PairEvidence } from './compare-features.ts';

/**
 * The bounds of a story decision, chosen on the story fixtures (never on the similarity benchmark). A pair whose
 * shorter text is mostly inside the other (`copy`) is one story. Otherwise on the lexical score: at or above `same`
 * one story, below `different` two; between, undecided: one story when the similarity (the encoder's view blended
 * in where it can read both) reaches `blend` and the two name the same event (`event`: names, places, figures, dates).
 */
export const STORY_BOUNDS = { copy: 0.5, same: 0.6, different: 0.3, blend: 0.45, event: 0.4 } as const;

/** What was decided about a pair, and on what. */
export type PairVerdict =
  | { readonly kind: 'same'; readonly score: number; readonly on: 'copy' | 'words' | 'anchors' | 'meaning' | 'words and anchors' }
  | { readonly kind: 'different'; readonly score: number }
  | { readonly kind: 'undecided'; readonly score: number };

/**
 * The lexical story similarity of two articles, 0-1: the larger of the copy containment and the square root of the
 * rarity-weighted word cosine (the root spreads the cosines of related texts, which crowd near zero, over the scale).
 * Across languages, where words rarely meet, names, places, figures and dates stand in for words when they say more.
 */
export function lexicalScore(evidence: PairEvidence, crossLanguage: boolean): number {
  const words = Math.sqrt(evidence.words);
  const anchors = crossLanguage ? Math.sqrt(evidence.anchors) : 0;
  return Math.max(evidence.copy, words, anchors);
}

/** The story similarity: the lexical score, averaged with the encoder's cosine of the two leads when there is one. */
export function storySimilarity(lexical: number, meaning: number | null): number {
  return meaning === null ? lexical : (lexical + Math.max(0, meaning)) / 2;
}

/** Decide a pair on its lexical evidence alone, or leave it undecided. */
export function judgePair(evidence: PairEvidence, crossLanguage: boolean): PairVerdict {
  const score = lexicalScore(evidence, crossLanguage);
  if (evidence.copy >= STORY_BOUNDS.copy) return { kind: 'same', score, on: 'copy' };
  if (score >= STORY_BOUNDS.same) return { kind: 'same', score, on: crossLanguage && Math.sqrt(evidence.anchors) === score ? 'anchors' : 'words' };
  if (score < STORY_BOUNDS.different) return { kind: 'different', score };
  return { kind: 'undecided', score };
}

/** Settle an undecided pair: similar enough (with the encoder's cosine, when it read both) and about the same event. */
export function settlePair(evidence: PairEvidence, lexical: number, meaning: number | null): PairVerdict {
  const score = storySimilarity(lexical, meaning);
  if (score >= STORY_BOUNDS.blend && sameEvent(evidence)) return { kind: 'same', score, on: meaning === null ? 'words and anchors' : 'meaning' };
  return { kind: 'different', score };
}

/**
 * Whether two articles name the same event (names, places, figures, dates): an undecided pair that does not is two
 * stories whatever the encoder would say of it, so the encoder is not asked.
 */
export function sameEvent(evidence: PairEvidence): boolean {
  return Math.sqrt(evidence.anchors) >= STORY_BOUNDS.event;
}
