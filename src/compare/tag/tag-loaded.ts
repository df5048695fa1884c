import type { WordToken } from '../../text/word-tokens.ts';
import type { LoadedTag } from './tag.ts';
import { LOADED_WORDS } from '../../lexicon/loaded-words.ts';

/** Loaded and evaluative words, with how strongly each colours a report; "regime's" is read as "regime". */
export function tagLoaded(words: readonly WordToken[]): LoadedTag[] {
  const out: LoadedTag[] = [];
  words.forEach((w, i) => {
    const lower = w.text.toLowerCase().replace(/['’]s$/, '');
    const strength = LOADED_WORDS[lower] ?? LOADED_WORDS[w.norm];
    // "the plot of land", "a secret ballot" are left to the reader: only words the lexicon marks count
    if (strength) out.push({ kind: 'loaded', from: i, to: i + 1, strength });
  });
  return out;
}
