// Test support only: builds Articles from plain text without the cleaning and segmenting stages.
import type { Article, Range } from '../model/index.ts';

// A sentence ends at . ! or ? (optionally followed by a closing quote) before a capital or an opening quote,
// unless the period closes a short abbreviation such as "Jan." or "U.S.".
const BOUNDARY = /(?<![A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Gen|Gov|Sen|Rep))[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])/g;

/** An Article over `text`: one paragraph per non-empty line, sentences split on end punctuation. */
export function fixtureArticle(text: string, id: string): Article {
  const paragraphs: Range[] = [];
  const sentences: Range[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const start = line.index;
    const end = start + line[0].length;
    if (line[0].trim() === '') continue;
    paragraphs.push({ start, end });
    let cursor = start;
    for (const m of line[0].matchAll(BOUNDARY)) {
      const stop = start + m.index + m[0].trimEnd().length;
      sentences.push({ start: cursor, end: stop });
      cursor = start + m.index + m[0].length;
    }
    if (cursor < end) sentences.push({ start: cursor, end });
  }
  return {
    id, text, paragraphs, sentences, source: id, removed: [], sourceMap: [],
    url: null, title: null, byline: null, outlet: null, published: null, language: 'en',
  };
}
