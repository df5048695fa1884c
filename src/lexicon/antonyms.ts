import { WORDNET_ANTONYMS } from './antonyms.generated.ts';

/**
 * Pairs WordNet gives as antonyms that tell one event from its two ends or two vantage points ("farmers given the
 * loans" / "farmers who took the loans"; "bought from" / "sold to"): opposite only with the parties in the same roles,
 * which a word against a word does not show.
 */
export const CONVERSES: readonly string[] = ['borrow lend', 'buy sell', 'export import', 'give take', 'follow precede', 'come go'];

/** Opposite sides of an account that WordNet does not pair: a figure booked on one side is not on the other. */
export const OPPOSED_AMOUNTS: readonly string[] = ['deficit surplus', 'loss profit', 'credit debit', 'inflow outflow'];

/**
 * Words that set one thing before or after another, in time or in a race ("radioed the control room before the gate
 * was opened" / "after"): closed-class words, so a use elsewhere in an article tells nothing of a swap. Pairs of
 * lower-cased words, sorted.
 */
export const OPPOSED_ORDER: ReadonlySet<string> = new Set(['after before', 'earlier later', 'ahead behind', 'afterwards beforehand', 'previous subsequent']);

/** Whether two lower-cased words set things in opposite order ("before" / "after"). */
export function orderOpposed(a: string, b: string): boolean {
  return OPPOSED_ORDER.has(a < b ? `${a} ${b}` : `${b} ${a}`);
}

/**
 * Antonyms that place a thing against another, in a sequence or by degree ("the first strike since 2009" / "the last
 * strike, in 2009"; "its larger rival" / "the smaller rival"): which word applies swaps with what the sentence counts
 * from or compares with, so the pair says nothing of a change unless the words around them are the same.
 */
export function relational(token: { norm: string; lemma: string }): boolean {
  return SEQUENCE_WORDS.has(token.norm) || (token.norm !== token.lemma && /(?:er|est)$/.test(token.norm) && !/(?:er|est)$/.test(token.lemma));
}

const SEQUENCE_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'last', 'final', 'next', 'latest']);

const PAIRS: ReadonlySet<string> = new Set([...WORDNET_ANTONYMS.filter((p) => !CONVERSES.includes(p)), ...OPPOSED_AMOUNTS]);

/** Whether WordNet gives two lower-cased words (verbs, adjectives or nouns, base forms) as direct antonyms ("rise" / "fall"), converses aside. */
export function wordNetAntonyms(a: string, b: string): boolean {
  return PAIRS.has(a < b ? `${a} ${b}` : `${b} ${a}`);
}
