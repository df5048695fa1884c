import { LEXICON } from './boilerplate-lexicon.ts';
import { endsSentence } from './ends-sentence.ts';
import { startsWithPhrase } from './starts-with-phrase.ts';
import { wordsOf } from './words-of.ts';
import type { TextState, Unit } from './text-state.ts';

const MAX_LISTED = 15;

/** Remove tag and topic lists ("Topics:", "Tags: ports, ferries"), with tags listed one per line under a bare label. */
export function markTags(state: TextState): TextState {
  const units = [...state.units];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.removed !== undefined) continue;
    const label = startsWithPhrase(unit.text, LEXICON.tagLabels);
    if (label === null) continue;
    const rest = unit.text.slice(label.length);
    const bare = /^\s*[:|]?\s*$/.test(rest);
    if (!bare && !/^\s*[:|]/.test(rest)) continue;
    if (!bare && endsSentence(unit.text) && wordsOf(rest).length > 12) continue;
    units[i] = { ...unit, removed: 'tags' };
    if (!bare) continue;
    for (let j = i + 1, taken = 0; j < units.length && taken < MAX_LISTED; j++) {
      const next = units[j]!;
      if (next.removed !== undefined) continue;
      if (next.blankBefore || wordsOf(next.text).length > 5 || endsSentence(next.text)) break;
      units[j] = { ...next, removed: 'tags' };
      taken++;
    }
  }
  return { ...state, units };
}
