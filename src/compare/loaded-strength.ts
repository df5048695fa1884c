import { LOADED_WORDS } from '../lexicon/loaded-words.ts';
import type { WordToken } from '../text/word-tokens.ts';

/** How strongly a word colours a report (1 low, 2 medium), or undefined; "regime’s" is read as "regime". */
export function loadedStrength(t: WordToken): 1 | 2 | undefined {
  return LOADED_WORDS[t.text.toLowerCase()] ?? LOADED_WORDS[t.norm];
}
