import type { Token } from './tag-text.ts';

/**
 * "according to police": "to" there is a preposition, so the word after it is a noun, though the tagger may
 * read a bare plural or mass noun ("police", "staff") as an infinitive verb. Returns the tokens with such a
 * word re-tagged NOUN (the same array when nothing changes).
 */
export function retagAccordingObjects(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || tokens[i - 1]!.lower !== 'to' || tokens[i - 2]!.lower !== 'according') continue;
    out ??= tokens.slice();
    out[i] = { ...token, pos: 'NOUN', lemma: token.lower };
  }
  return out ?? tokens;
}
