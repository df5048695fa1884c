import type { Variant } from '../collate/variant.ts';
import { isAcronymOf } from '../../text/acronym.ts';
import { oncePer } from '../once-per.ts';

/** A run of local words `[from, to)` of a wording. */
export type Run = readonly [from: number, to: number];

// Each wording is set against a dozen others in a claim, word by word: what it writes as acronyms, and which runs of
// its words spell a given acronym, are read once per wording.
const spelled = oncePer((_: Variant) => new Map<string, readonly Run[]>());

/**
 * The acronym each local word of a wording is (a word of two to six capitals), or undefined; an acronym brought in in
 * brackets ("Financial Markets Authority (FMA)") is the name's, told beside it, and is none.
 */
export const acronymsAt: (v: Variant) => readonly (string | undefined)[] = oncePer((v: Variant) =>
  v.tokens.map((t) => (/^\p{Lu}{2,6}$/u.test(t.text) && !/\(\s*$/.test(v.article.text.slice(Math.max(0, t.start - 2), t.start)) ? t.text : undefined)));

/** The runs of two words or more, and at most twice as many words as the acronym has characters, that spell it. */
export function runsSpelling(v: Variant, short: string): readonly Run[] {
  const byShort = spelled(v);
  let hit = byShort.get(short);
  if (!hit) {
    const runs: Run[] = [];
    const tokens = v.tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 2; j <= Math.min(tokens.length, i + 2 * short.length); j++) {
        if (isAcronymOf(short, tokens.slice(i, j).map((t) => t.text).join(' '))) runs.push([i, j]);
      }
    }
    hit = runs;
    byShort.set(short, hit);
  }
  return hit;
}
