import type { WordToken } from '../text/word-tokens.ts';
import { LOOSE_QUANTIFIERS, QUANTIFIER_CLASSES } from './quantifier-lexicon.ts';

/** The strength class of the quantifier at token `i` ("some", "all", ...), or undefined; "a few" reads as "some", a bare "few" as nearly none, and nouns like "number"/"part" count only before "of". */
export function quantifierClass(tokens: readonly WordToken[], i: number): string | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const word = t.text.toLowerCase();
  const cls = QUANTIFIER_CLASSES[word];
  if (!cls) return undefined;
  const prev = tokens[i - 1]?.text.toLowerCase();
  const next = tokens[i + 1]?.text.toLowerCase();
  if (['number', 'part', 'group', 'groups', 'cohort', 'cohorts', 'couple', 'handful', 'bulk', 'majority', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'lots', 'plenty', 'half'].includes(word) && next !== 'of') return undefined;
  if (word === 'few' && prev === 'a') return 'some';
  if (word === 'little' && prev === 'a') return 'some';
  if (word === 'certain' && !/^[a-z]/.test(tokens[i + 1]?.text ?? '')) return undefined;
  if (word === 'no' && i === 0) return undefined;
  return cls;
}

/** True when the quantifiers at `a[i]` and `b[j]` say as much: one class, or "some"/"several" against a loose word ("a group of"). */
export function sameQuantity(a: readonly WordToken[], i: number, b: readonly WordToken[], j: number): boolean {
  const x = quantifierClass(a, i);
  const y = quantifierClass(b, j);
  if (x === y) return true;
  const near = (c: string | undefined): boolean => c === 'some' || c === 'several';
  const loose = (t: WordToken | undefined): boolean => t !== undefined && LOOSE_QUANTIFIERS.has(t.text.toLowerCase());
  return near(x) && near(y) && (loose(a[i]) || loose(b[j]));
}
