import { UP_PARTICLE_VERBS } from '../lexicon/figure-modifiers.ts';
import { stemWord } from './stem-word.ts';

const STEMS = new Set([...UP_PARTICLE_VERBS].map(stemWord));

/**
 * True when a figure phrase opening with `first` ("up to") follows a verb whose particle it is ("will go up to
 * 11.09", "shot up to 90"): the figure is where something lands, not a ceiling on it. Extract and compare both ask.
 */
export function isMovementParticle(first: string, previousWord: string | undefined): boolean {
  return first === 'up' && previousWord !== undefined && STEMS.has(stemWord(previousWord.toLowerCase()));
}
