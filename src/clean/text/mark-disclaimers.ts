import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_WORDS = 60;
const PROSE_WORDS = 12;
const PHRASES: readonly string[] = LEXICON.disclaimers;

const isDisclaimer = (unit: Unit): boolean => {
  const lower = unit.text.toLowerCase().replace(/\s+/g, ' ');
  return wordsOf(unit.text).length <= MAX_WORDS && PHRASES.some((p) => lower.includes(p));
};

/**
 * Remove an outlet's standing disclaimers and funding notes ("This article is for informational
 * purposes only ...", "... The AP is solely responsible for all content.") at the foot of the story:
 * only past its last paragraph of prose, so a sentence quoting such words inside the story stays.
 */
export function markDisclaimers(state: TextState): TextState {
  const prose = (u: Unit): boolean => u.removed === undefined && wordsOf(u.text).length >= PROSE_WORDS && endsSentence(u.text);
  const units = [...state.units];
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.removed !== undefined) continue;
    if (isDisclaimer(unit)) units[i] = { ...unit, removed: 'outlet-boilerplate' };
    else if (prose(unit)) break;
  }
  return { ...state, units };
}
