// Test helper: compare a few outlets' texts whose first sentences form one claim (what follows is context).
import type { Article, Claim, Mention, Range } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { compareClaims } from './compare-claims.ts';

/** Each text is one paragraph of its outlet (id = outlet); the claim holds each text's first sentence. */
export function compareFirstSentences(texts: Record<string, string>, published: string | null = null): ReturnType<typeof compareClaims> {
  return compareSupport(texts, published, (a) => a.sentences[0]!);
}

/** The findings of {@link compareFirstSentences} as "article kind words" lines, for assertions that read. */
export function flags(texts: Record<string, string>): string[] {
  return compareFirstSentences(texts).map((f) => `${f.article} ${f.kind} ${f.text}`);
}

/** As {@link flags}, with the claim held by each text's sentence `k` (what comes before it is context). */
export function flagsOfSentence(texts: Record<string, string>, k: number): string[] {
  return compareSupport(texts, null, (a) => a.sentences[k]!).map((f) => `${f.article} ${f.kind} ${f.text}`);
}

/** As {@link compareFirstSentences}, but a text holding `marker` takes part in the claim only up to it. */
export function compareUpTo(texts: Record<string, string>, marker: string): ReturnType<typeof compareClaims> {
  return compareSupport(texts, null, (a) => ({ start: 0, end: a.text.includes(marker) ? a.text.indexOf(marker) : a.sentences[0]!.end }));
}

/** Each text as one paragraph of its outlet (id = outlet), split into sentences. */
export function articlesOf(texts: Record<string, string>, published: string | null = null): Article[] {
  return Object.entries(texts).map(([id, text]): Article => ({
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
}

function compareSupport(texts: Record<string, string>, published: string | null, part: (a: Article) => Range): ReturnType<typeof compareClaims> {
  const articles = articlesOf(texts, published);
  const mentions = new Map<string, readonly Mention[]>(articles.map((a) => [a.id, extractMentions(a.text, a.sentences, a.published)]));
  const support = articles.map((a) => {
    const { start, end } = part(a);
    return { article: a.id, start, end, text: a.text.slice(start, end) };
  });
  const claim: Claim = { id: 'c', text: support[0]!.text, articles: articles.map((a) => a.id), support };
  return compareClaims(articles, mentions, [claim]);
}

function sentencesOf(text: string): Range[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.trimEnd().length }));
}
