// Test helper: compare a few outlets' texts whose first sentences form one claim (what follows is context).
import type { Article, Claim, Mention, Range } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { compareClaims } from './compare-claims.ts';

/** Each text is one paragraph of its outlet (id = outlet); the claim holds each text's first sentence. */
export function compareFirstSentences(texts: Record<string, string>, published: string | null = null): ReturnType<typeof compareClaims> {
  const articles = Object.entries(texts).map(([id, text]): Article => ({
    id,
    source: `${id}.txt`,
    text,
    removed: [],
    sourceMap: [],
    url: null,
    title: null,
    byline: null,
    outlet: id,
    published,
    language: 'en',
    paragraphs: [{ start: 0, end: text.length }],
    sentences: sentencesOf(text),
  }));
  const mentions = new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const support = articles.map((a) => ({ article: a.id, ...a.sentences[0]!, text: a.text.slice(a.sentences[0]!.start, a.sentences[0]!.end) }));
  const claim: Claim = { id: 'c', text: support[0]!.text, articles: articles.map((a) => a.id), support };
  return compareClaims(articles, mentions, [claim]);
}

function sentencesOf(text: string): Range[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.trimEnd().length }));
}
