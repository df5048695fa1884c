import type { Mention } from '../../model/index.ts';
import type { WordToken } from '../../text/word-tokens.ts';
import type { QuoteTag } from './tag.ts';
import { wordRange } from './word-range.ts';

/** The words inside each quotation the extractor found, whether the rendering marks a cut, and where its speaker stands. */
export function tagQuotes(words: readonly WordToken[], mentions: readonly Mention[]): QuoteTag[] {
  const out: QuoteTag[] = [];
  for (const m of mentions) {
    if (m.kind !== 'quote') continue;
    const r = wordRange(words, m.content.start, m.content.end);
    if (r.to - r.from < 2) continue;
    out.push({ kind: 'quote', from: r.from, to: r.to, elided: /\.\.\.|…|\[/.test(m.content.text), ...(m.speaker ? { speaker: { start: m.speaker.start, end: m.speaker.end } } : {}) });
  }
  return out;
}
