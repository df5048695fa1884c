import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract-quotes.ts';
import { testSentences } from './test-sentences.ts';

const brief = (text: string) => extractQuotes(text, testSentences(text)).map((q) => [q.text, q.content.text, q.speaker?.text ?? null]);

test('curly and straight quotes with adjacent speakers', () => {
  assert.deepEqual(brief('“The bridge is safe,” the engineer said. The mayor said: "We will reopen it." Residents called it "a relief."'), [
    ['“The bridge is safe,”', 'The bridge is safe,', 'the engineer'],
    ['"We will reopen it."', 'We will reopen it.', 'The mayor'],
    ['"a relief."', 'a relief.', null],
  ]);
});

test('inverted cue with an appositive speaker', () => {
  assert.deepEqual(brief('“Nobody warned us,” said Tomas Berg, a fisherman from the bay.'), [
    ['“Nobody warned us,”', 'Nobody warned us,', 'Tomas Berg, a fisherman from the bay'],
  ]);
});

test('a quote spanning sentences keeps its full span', () => {
  const text = 'She said: “We waited. Then we left.” Nothing else.';
  const [quote] = extractQuotes(text, testSentences(text));
  assert.ok(quote);
  assert.equal(quote.content.text, 'We waited. Then we left.');
  assert.equal(text.slice(quote.start, quote.end), '“We waited. Then we left.”');
  assert.equal(quote.speaker?.text, 'She');
});

test('guillemets and single curly quotes, but not apostrophes', () => {
  assert.deepEqual(brief('He called it « a trap » and the ‘harbour deal’ a mistake; the workers’ union didn’t agree.'), [
    ['« a trap »', 'a trap', null],
    ['‘harbour deal’', 'harbour deal', null],
  ]);
});

test('a quote that ends its sentence does not take the next sentence’s speaker', () => {
  assert.deepEqual(brief('“It is over.” The captain said nothing more.'), [['“It is over.”', 'It is over.', null]]);
});

test('a quote resumed after its speaker in the same paragraph keeps that speaker', () => {
  assert.deepEqual(brief('“We rebuilt the pier,” the foreman said. “It took a year.”\n“Another paragraph.”'), [
    ['“We rebuilt the pier,”', 'We rebuilt the pier,', 'the foreman'],
    ['“It took a year.”', 'It took a year.', 'the foreman'],
    ['“Another paragraph.”', 'Another paragraph.', null],
  ]);
});
