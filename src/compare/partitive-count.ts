import { parseNumberWords } from '../extract/parse-number-words.ts';
import { ATTRIBUTION_LEXICON } from '../lexicon/attribution.ts';

const COUNTED: ReadonlySet<string> = new Set(ATTRIBUTION_LEXICON.countedNouns);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'its', 'their', 'our']);

/**
 * How many sources a partitive source phrase counts: "one of the sources" is 1, "two of those people" 2 (lower-cased
 * words). One source of several is still a count the reader is given; null when the phrase is no such partitive.
 */
export function partitiveCount(words: readonly string[]): number | null {
  const of = words.indexOf('of');
  if (of < 1) return null;
  const number = parseNumberWords(words.slice(0, of));
  if (!number || number.length !== of || number.value < 1) return null;
  const rest = words.slice(of + 1).filter((w) => !DETERMINERS.has(w));
  return rest.slice(0, 3).some((w) => COUNTED.has(w)) ? number.value : null;
}
