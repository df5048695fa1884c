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
  // A loop, not push(...): a paragraph of a few hundred thousand sentences would overflow the stack.
  for (const paragraph of paragraphs) for (const sentence of splitSentences(text, paragraph)) sentences.push(sentence);
  return { paragraphs, sentences };
}
