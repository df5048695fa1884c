import { FUNCTION_WORDS } from '../lexicon/function-words.ts';

/** The distinct content words of a passage, lower-cased: words of letters or digits, function words left out. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    if (!FUNCTION_WORDS.has(word)) out.add(word);
  }
  return out;
}
