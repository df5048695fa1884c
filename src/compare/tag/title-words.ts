import type { WordToken } from '../../text/word-tokens.ts';
import { ROLE_HEADS, ROLE_MODIFIERS, TITLE_ABBREVIATIONS } from '../../lexicon/roles.ts';
import { RANK_QUALIFIERS } from '../../lexicon/rank-qualifiers.ts';
import { ORGANISATION_NOUNS } from '../../lexicon/anaphor-nouns.ts';

/** A word lower-cased without its abbreviation dot. */
export function lower(w: WordToken): string {
  return w.text.toLowerCase().replace(/\.$/, '');
}

/** A title word, its abbreviation read whole ("Capt." is "captain"). */
export function titleOf(w: WordToken): string {
  return TITLE_ABBREVIATIONS[lower(w)] ?? lower(w);
}

const capitalised = (w: WordToken | undefined): boolean => !!w && /^\p{Lu}/u.test(w.text);

/**
 * Which words of an article stand in a title before its head: the lexicon's title words ("Chief Operating", "Interior"),
 * and any capitalised word right before a capitalised head that the article also writes in lower case, a common noun
 * naming a portfolio ("Mining Minister" where the text speaks of "mining"; "Kestova Foreign Minister" keeps its name).
 */
export function titleModifiers(words: readonly WordToken[]): (k: number) => boolean {
  const common = new Set(words.filter((w) => /^\p{Ll}/u.test(w.text)).map((w) => w.text));
  return (k) => {
    const w = words[k];
    if (!w) return false;
    if (ROLE_MODIFIERS.has(lower(w))) return true;
    const next = words[k + 1];
    return capitalised(w) && capitalised(next) && ROLE_HEADS.has(titleOf(next!)) && common.has(w.text.toLowerCase());
  };
}

/**
 * A title's head written with a capital right before a capitalised noun of a kind of organisation that is no title
 * itself: a word of the body's name, not a post ("Velby General Hospital", "the General Council").
 */
export function titleInBodyName(words: readonly WordToken[], k: number, text: string): boolean {
  const w = words[k];
  const next = words[k + 1];
  if (!capitalised(w) || !capitalised(next) || !ROLE_HEADS.has(titleOf(w!)) || ROLE_HEADS.has(titleOf(next!))) return false;
  return ORGANISATION_NOUNS.has(lower(next!)) && !/[,;:.()"“”]/.test(text.slice(w!.end, next!.start));
}

/**
 * Title words that name a body rather than a post when a capitalised word of no title follows them ("Supreme Court",
 * "Public Health Agency", "State Department"): only words that are never a post or rank of their own ("Chief",
 * "Deputy" and "General" stay titles). True for word k when it opens or continues such a run; `plain(j)` says whether
 * word j is a capitalised word of no title. (A title's head right before a noun of a kind of organisation is a word of the
 * body's name too: `titleInBodyName`.)
 */
export function namesABody(words: readonly WordToken[], k: number, text: string, plain: (j: number) => boolean, continuing: boolean): boolean {
  const modifierOnly = (j: number): boolean => {
    const w = words[j];
    if (!capitalised(w)) return false;
    const l = lower(w!);
    return ROLE_MODIFIERS.has(l) && !ROLE_HEADS.has(titleOf(w!)) && !RANK_QUALIFIERS.has(l);
  };
  if (!modifierOnly(k)) return false;
  let j = k;
  while (modifierOnly(j) && (j === k || !/[,;:.()"“”]/.test(text.slice(words[j - 1]!.end, words[j]!.start)))) j++;
  // the run belongs to a post when a title's head follows it ("Health Minister")
  if (capitalised(words[j]) && ROLE_HEADS.has(titleOf(words[j]!))) return false;
  if (/[,;:.()"“”]/.test(text.slice(words[j - 1]!.end, words[j]?.start ?? words[j - 1]!.end))) return continuing && j > k;
  return plain(j) || continuing;
}
