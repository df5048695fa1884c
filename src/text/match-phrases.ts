import type { WordToken } from './word-tokens.ts';

/** A phrase found in a word list: word range `[from, to)` and the index of the phrase in the list given. */
export interface PhraseMatch {
  readonly from: number;
  readonly to: number;
  readonly phrase: number;
}

/** Split a lexicon phrase into the lower-cased words the tokenizer yields ("short-term" -> "short", "term"). */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/**
 * Non-overlapping matches of the phrases (each a list of lower-cased words) in `words[from, to)`, longest first at
 * each place; a word matches by its lower-cased text or its normalised form.
 */
export function matchPhrases(words: readonly WordToken[], phrases: readonly (readonly string[])[], from = 0, to = words.length): PhraseMatch[] {
  const byFirst = indexOf(phrases);
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const low = lower(w);
    const byText = byFirst.get(low);
    const byNorm = w.norm !== low ? byFirst.get(w.norm) : undefined;
    if (byText === undefined && byNorm === undefined) continue;
    const candidates = byNorm === undefined ? byText! : byText === undefined ? byNorm : [...byText, ...byNorm];
    const hit = candidates.find((k) => phrases[k]!.every((p, j) => i + j < to && (lower(words[i + j]!) === p || words[i + j]!.norm === p)));
    if (hit === undefined) continue;
    const length = phrases[hit]!.length;
    out.push({ from: i, to: i + length, phrase: hit });
    i += length - 1;
  }
  return out;
}

// Each list of phrases by first word, longest first, made once per list: the lists are the lexicon's, read sentence
// by sentence.
const indexes = new WeakMap<readonly (readonly string[])[], ReadonlyMap<string, readonly number[]>>();
function indexOf(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly number[]> {
  const known = indexes.get(phrases);
  if (known) return known;
  const byFirst = new Map<string, number[]>();
  phrases.forEach((p, k) => {
    const first = p[0];
    if (first === undefined) return;
    byFirst.set(first, [...(byFirst.get(first) ?? []), k]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => phrases[b]!.length - phrases[a]!.length);
  indexes.set(phrases, byFirst);
  return byFirst;
}

function lower(w: WordToken): string {
  const low = w.text.toLowerCase();
  return low.includes('’') ? low.replace(/’/g, "'") : low;
}
