import type { WordToken } from '../../text/word-tokens.ts';
import type { QualifierTag } from './tag.ts';
import { BASES, CAVEATS, CONDITIONS, LIMITS, WIDENERS } from '../../lexicon/qualifiers.ts';
import { matchPhrases, phraseWords } from '../../text/match-phrases.ts';

const ROWS: readonly { type: QualifierTag['type']; words: string[] }[] = [
  ...BASES.map((p) => ({ type: 'basis' as const, words: phraseWords(p) })),
  ...CAVEATS.map((p) => ({ type: 'caveat' as const, words: phraseWords(p) })),
  ...CONDITIONS.map((p) => ({ type: 'condition' as const, words: phraseWords(p) })),
  ...LIMITS.map((p) => ({ type: 'limit' as const, words: phraseWords(p) })),
  ...WIDENERS.map((p) => ({ type: 'widen' as const, words: phraseWords(p) })),
];
const PHRASES = ROWS.map((r) => r.words);

/** Words that limit, widen, base, caveat or condition what is said ("preliminary", "permanently", "including debt", "although", "unless"). */
export function tagQualifiers(words: readonly WordToken[]): QualifierTag[] {
  return matchPhrases(words, PHRASES).map((m) => {
    const row = ROWS[m.phrase]!;
    return { kind: 'qualifier', from: m.from, to: m.to, type: row.type, word: row.words.join(' ') };
  });
}
