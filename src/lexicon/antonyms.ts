import { WORDNET_ANTONYMS } from './antonyms.generated.ts';

const PAIRS: ReadonlySet<string> = new Set(WORDNET_ANTONYMS);

/** Whether WordNet gives two lower-cased words (verbs or adjectives, base forms) as direct antonyms ("rise" / "fall"). */
export function wordNetAntonyms(a: string, b: string): boolean {
  return PAIRS.has(a < b ? `${a} ${b}` : `${b} ${a}`);
}
