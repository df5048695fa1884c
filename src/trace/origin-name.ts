import type { AttributionMention } from '../model/index.ts';

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
    if (found) return found[0];
  }
  return tidy(m.source.text);
}

/** "Jane Okafor, the harbour master" -> "Jane Okafor": the appositive is description, not the name. */
export function tidy(text: string): string {
  const name = text.replace(/\s+/g, ' ').split(/,\s|\s[—–]\s/)[0]!.trim();
  return (name || text.trim()).replace(/^(the|a|an)\s+/i, (w) => w.toLowerCase());
}
