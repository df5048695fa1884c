import type { AttributionMention } from '../model/index.ts';
import { NAME_TITLES } from './name-titles.ts';

const TITLES: ReadonlySet<string> = new Set(NAME_TITLES);

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What an origin is called: a named person by the name alone, as the article spells it ("port
 * authority spokeswoman Ines Marlowe" -> "Ines Marlowe"); anyone else by the source phrase, tidied.
 */
export function nameOf(m: AttributionMention): string {
  if (m.sourceType === 'named') {
    // The key drops dots and case ("u.s." -> "us"): match it letter by letter, dots allowed between.
    const words = m.key.split(' ').map((w) => [...w].map(escape).join('\\.?'));
    const found = new RegExp(`(?<![\\p{L}])${words.join('\\.?\\s+')}\\.?(?![\\p{L}])`, 'iu').exec(m.source.text);
    if (found) return withoutTitle(found[0]);
  }
  return tidy(m.source.text);
}

/** "Captain Andras Feher" -> "Andras Feher": titles before a name of two or more capitalised words are not the name. */
export function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let k = 0;
  while (k < words.length && TITLES.has(words[k]!.toLowerCase().replace(/\.$/, ''))) k++;
  const rest = words.slice(k);
  return k > 0 && rest.length >= 2 && rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : name;
}

/** "Jane Okafor, the harbour master" -> "Jane Okafor": the appositive is description, not the name. */
export function tidy(text: string): string {
  const name = text.replace(/\s+/g, ' ').split(/,\s|\s[—–]\s/)[0]!.trim();
  return (name || text.trim()).replace(/^(the|a|an)\s+/i, (w) => w.toLowerCase());
}
