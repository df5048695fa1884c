import type { WordToken } from '../../text/word-tokens.ts';
import type { QualifierTag } from './tag.ts';
import { BASES, CAVEATS, CONDITIONS, LIMITS, WIDENERS, SAME_SUBJECT } from '../../lexicon/qualifiers.ts';
import { matchPhrases, phraseWords } from '../../text/match-phrases.ts';

const ROWS: readonly { type: QualifierTag['type']; words: string[] }[] = [
  ...BASES.map((p) => ({ type: 'basis' as const, words: phraseWords(p) })),
  ...CAVEATS.map((p) => ({ type: 'caveat' as const, words: phraseWords(p) })),
  ...CONDITIONS.map((p) => ({ type: 'condition' as const, words: phraseWords(p) })),
  ...LIMITS.map((p) => ({ type: 'limit' as const, words: phraseWords(p) })),
  ...WIDENERS.map((p) => ({ type: 'widen' as const, words: phraseWords(p) })),
];
const PHRASES = ROWS.map((r) => r.words);

/**
 * Words that limit, widen, base, caveat or condition what is said ("preliminary", "permanently", "including debt",
 * "although", "unless"); `sentenceStarts` are the indices of words opening a sentence.
 */
export function tagQualifiers(words: readonly WordToken[], sentenceStarts: ReadonlySet<number>): QualifierTag[] {
  return matchPhrases(words, PHRASES).flatMap((m) => {
    const row = ROWS[m.phrase]!;
    const word = row.words.join(' ');
    // opening a sentence, "But" joins it to the one before; it qualifies nothing inside it
    if (sentenceStarts.has(m.from) && SAME_SUBJECT.has(word)) return [];
    if (SAME_SUBJECT.has(word) && !carriesOn(words[m.to])) return [];
    // "as long as a decade", "as long as 40 minutes": a length, not a condition
    if (/^(?:as|so) long as$/.test(word) && (/^(?:a|an)$/i.test(words[m.to]?.text ?? '') || /^\d/.test(words[m.to]?.norm ?? '') || words[m.to]?.pos === 'NUM')) return [];
    // "as planned", "as proposed": the act went ahead the way it was meant to, no limit on it
    if (row.type === 'limit' && /^as$/i.test(words[m.from - 1]?.text ?? '')) return [];
    return [{ kind: 'qualifier' as const, from: m.from, to: m.to, type: row.type, word }];
  });
}

// The word after a conjunction carries on with the subject before it: a verb, "not" or "that" ("but will", "but
// declined", "but that").
function carriesOn(next: WordToken | undefined): boolean {
  return next !== undefined && (/^(?:VERB|AUX|PART)$/.test(next.pos) || /^(?:not|that|also|still|only)$/i.test(next.text));
}
