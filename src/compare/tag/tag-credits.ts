import type { Article, Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { CreditTag } from './tag.ts';
import { creditsOf } from '../credits-of.ts';
import { wordRange } from './word-range.ts';

/**
 * Who each sentence credits: the extractor's attributions filtered to reporting cues, with the plain readings
 * ("according to X", "X said", "told Reuters") it missed, keyed so that one source told two ways meets itself.
 */
export function tagCredits(article: Article, words: readonly WordToken[], mentions: readonly Mention[]): CreditTag[] {
  const out: CreditTag[] = [];
  for (const s of article.sentences) {
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
      out.push({ kind: 'credit', from: w.from, to: w.to, family: c.family, key: c.key, words: c.words, ...(c.count !== undefined ? { count: c.count } : {}) });
    }
  }
  return out;
}
