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
  const byFirst = new Map<string, number[]>();
  phrases.forEach((p, k) => {
    const first = p[0];
    if (first === undefined) return;
    byFirst.set(first, [...(byFirst.get(first) ?? []), k]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => phrases[b]!.length - phrases[a]!.length);
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const candidates = [...(byFirst.get(lower(w)) ?? []), ...(w.norm !== lower(w) ? byFirst.get(w.norm) ?? [] : [])];
    const hit = candidates.find((k) => phrases[k]!.every((p, j) => i + j < to && (lower(words[i + j]!) === p || words[i + j]!.norm === p)));
    if (hit === undefined) continue;
    const length = phrases[hit]!.length;
    out.push({ from: i, to: i + length, phrase: hit });
    i += length - 1;
  }
  return out;
}

function lower(w: WordToken): string {
  return w.text.toLowerCase().replace(/’/g, "'");
}
