import type { Range } from '../model/span.ts';

/** Sentence ranges by Intl.Segmenter, so extractor tests do not depend on the segment stage. */
export function testSentences(text: string): Range[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.trimEnd().length }));
}
