import type { WordToken } from '../../text/word-tokens.ts';
import type { PolarityTag } from './tag.ts';
import { DENYING_PHRASES, NEGATORS, NOT_DENIALS } from '../../lexicon/polarity.ts';
import { matchPhrases, phraseWords } from '../../text/match-phrases.ts';

const GRAMMATICAL = NEGATORS.map(phraseWords);
const LEXICAL = DENYING_PHRASES.map(phraseWords);
const EXCEPTIONS = NOT_DENIALS.map(phraseWords);

/**
 * Words that deny: negators ("not", "never", "didn't", "no longer") and verbs or phrases of denial ("denied",
 * "failed to", "absence of"); "not only", "no fewer than" and a rank ("No. 5") deny nothing.
 */
export function tagPolarity(words: readonly WordToken[], text: string): PolarityTag[] {
  const out: PolarityTag[] = [];
  const excepted = new Set(matchPhrases(words, EXCEPTIONS).flatMap((m) => [m.from]));
  // a phrase that denies by meaning is read whole first: "no evidence that" is one denial, not the quantity word "no"
  for (const m of matchPhrases(words, LEXICAL)) {
    if (out.some((t) => t.from < m.to && m.from < t.to)) continue;
    // a verb of denial read as a noun ("the cod's decline to oxygen-starved zones") denies nothing
    const phrase = LEXICAL[m.phrase]!;
    if (phrase[phrase.length - 1] === 'to' && words[m.from]!.pos === 'NOUN') continue;
    out.push({ kind: 'polarity', from: m.from, to: m.to, word: LEXICAL[m.phrase]!.join(' '), type: 'lexical' });
  }
  for (const m of matchPhrases(words, GRAMMATICAL)) {
    const w = words[m.from]!;
    if (excepted.has(m.from) || out.some((t) => t.from < m.to && m.from < t.to)) continue;
    if (/^no$/i.test(w.text) && (/^\s*\./.test(text.slice(w.end, w.end + 2)) || (w.text === 'No' && /^\s*\p{Lu}/u.test(text.slice(w.end, w.end + 3))))) continue;
    out.push({ kind: 'polarity', from: m.from, to: m.to, word: GRAMMATICAL[m.phrase]!.join(' '), type: 'grammatical' });
  }
  words.forEach((w, i) => {
    if (/n['’]t$/i.test(w.text) && !out.some((t) => t.from <= i && i < t.to)) out.push({ kind: 'polarity', from: i, to: i + 1, word: 'not', type: 'grammatical' });
  });
  return out.sort((a, b) => a.from - b.from);
}
