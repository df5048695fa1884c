import type { Article, Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { CreditTag } from './tag.ts';
import { wordRange } from './word-range.ts';
import { creditsOf, namesPerson } from '../credits-of.ts';

// "he said", "she added": a personal pronoun credits a person named before it.
const PERSONAL = /^pronoun:(?:he|she)$/;
// How many sentences on a pronoun may still point back at the person last credited by name.
const PRONOUN_REACH = 3;

/**
 * Who each sentence credits: the extractor's attributions filtered to reporting cues, with the plain readings
 * ("according to X", "X said", "told Reuters") it missed, keyed so that one source told two ways meets itself.
 */
export function tagCredits(article: Article, words: readonly WordToken[], mentions: readonly Mention[]): CreditTag[] {
  const out: CreditTag[] = [];
  // the last person credited by name, and in which sentence: "he said" / "she added" a few sentences on is that person
  let person: { credit: CreditTag; sentence: number } | null = null;
  for (const [k, s] of article.sentences.entries()) {
    const r = wordRange(words, s.start, s.end);
    if (r.to <= r.from) continue;
    const inside = mentions.filter((m) => m.start < s.end && m.end > s.start);
    const window = {
      index: -1, order: 0, article, sourcing: 0,
      span: { article: article.id, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) },
      tokens: words.slice(r.from, r.to), mentions: inside,
    };
    for (const c of creditsOf(window)) {
      // "the ministry did not say", "declined to say": a source that tells nothing credits nothing
      if (/\b(?:not|never|n['’]t|declined to|refused to|would not|did not)\s+(?:\p{L}+\s+)?(?:say|said|says|tell|told|comment|confirm|disclose|specify)\b/iu.test(article.text.slice(c.start, c.end + 12))) continue;
      const w = wordRange(words, c.start, c.end);
      if (w.to <= w.from) continue;
      const tag: CreditTag = { kind: 'credit', from: w.from, to: w.to, family: c.family, key: c.key, words: c.words, ...(c.count !== undefined ? { count: c.count } : {}) };
      // another full name told between, outside every credit ("Chief executive Henrik Asmolov apologised. ... he
      // said"), may be whom the pronoun means: it points back at no one known
      if (person && namedBetween(words, article, person.credit.to, w.from, out)) person = null;
      if (PERSONAL.test(c.key) && person && k - person.sentence <= PRONOUN_REACH) {
        out.push({ ...tag, antecedent: { key: person.credit.key, words: person.credit.words } });
        continue;
      }
      out.push(tag);
      if (namesPerson(c)) person = { credit: tag, sentence: k };
      // a body or an unnamed source speaking in between: "he" no longer points back past it
      else if (c.family !== 'pronoun' && c.family !== 'listener' && c.family !== 'wire') person = null;
    }
  }
  return out;
}

// A full name (two capitalised proper nouns in a row) between two words of the article, outside the credits named.
function namedBetween(words: readonly WordToken[], article: Article, from: number, to: number, credits: readonly CreditTag[]): boolean {
  for (let i = from; i + 1 < to; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a.pos !== 'PROPN' || b.pos !== 'PROPN' || !/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text)) continue;
    if (!/^\s+$/.test(article.text.slice(a.end, b.start))) continue;
    if (credits.some((c) => c.from <= i && i < c.to)) continue;
    return true;
  }
  return false;
}
