import type { Range } from '../model/span.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { splitSentences } from './split-sentences.ts';

/** The paragraphs and sentences of a clean text: trimmed, in order, each sentence inside one paragraph. */
export interface Segments {
  readonly paragraphs: Range[];
  readonly sentences: Range[];
}

/** Segment clean article text (paragraphs separated by blank lines) into paragraphs and sentences. */
export function segment(text: string): Segments {
  const paragraphs = splitParagraphs(text);
  const sentences: Range[] = [];
  for (const paragraph of paragraphs) sentences.push(...splitSentences(text, paragraph));
  return { paragraphs, sentences };
}
