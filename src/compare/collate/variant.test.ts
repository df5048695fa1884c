import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/index.ts';
import { extractMentions } from '../../extract/extract-mentions.ts';
import { segment } from '../../segment/segment.ts';
import { tagArticle } from '../tag/tag-article.ts';
import { textOf } from '../typers/change.ts';
import { makeVariant, spanOfWords } from './variant.ts';
import { reorderLike } from './reorder-like.ts';

function variantOf(text: string, index: number): ReturnType<typeof makeVariant> {
  const article: Article = {
    id: `a${index}`, source: `a${index}.txt`, text, removed: [], sourceMap: [], ...segment(text),
    url: null, title: null, byline: null, outlet: null, published: null, language: 'en',
  };
  const tagged = tagArticle(article, extractMentions(text, article.sentences, null), index);
  return makeVariant(index, tagged, [{ from: 0, to: tagged.words.length }]);
}

test('a wording reordered like the reference gives spans from its earliest word to its latest, never backwards', () => {
  // "The halt" closes this wording but matches the reference's first clause: compared first, it stands in the text last
  const reference = variantOf('The halt came after cracks were found in the piles, officials said.', 0);
  const moved = reorderLike(variantOf('Officials said cracks were found in the piles. The halt followed.', 1), reference);
  assert.ok(moved.at.some((g, k) => k > 0 && g < moved.at[k - 1]!), 'the wording is compared out of text order');
  const text = moved.article.text;
  for (let from = 0; from < moved.tokens.length; from++) {
    for (let to = from + 1; to <= moved.tokens.length; to++) {
      const span = spanOfWords(moved, from, to)!;
      assert.ok(span.start <= span.end, `words [${from}, ${to}) give [${span.start}, ${span.end})`);
      assert.equal(text.slice(span.start, span.end), span.text);
      for (const w of moved.tokens.slice(from, to)) assert.ok(span.start <= w.start && w.end <= span.end, `"${w.text}" is outside "${span.text}"`);
      // the words' plain text is the span's, less a closing bracket the span takes in
      assert.ok(span.text.startsWith(textOf(moved, from, to)) && span.text.length - textOf(moved, from, to).length <= 1);
    }
  }
});
