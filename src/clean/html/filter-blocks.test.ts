import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterBlocks } from './filter-blocks.ts';
import type { TextBlock } from './text-blocks.ts';

const block = (text: string, tag = 'P', linkShare = 0): TextBlock => ({ text, tag, rawChars: text.length, linkChars: Math.round(text.length * linkShare) });

test('drops a leading headline, widget labels, bylines, dates, credits, teasers and link lists', () => {
  const { kept, removed } = filterBlocks([
    block('Dam opens after ten years', 'H1'),
    block('By Li Wei'),
    block('Updated 10:42 am, March 1, 2026'),
    block('The dam opened on Sunday after ten years of work, the regional office said.'),
    block('Advertisement'),
    block('Photo: Valley Post'),
    block('Read more: Floods cut off two villages'),
    block('Engineers said the dam would be inspected every spring.'),
    block('Other story from the valley', 'LI', 1),
  ], 'Dam opens after ten years');
  assert.deepEqual(kept.map((b) => b.text), [
    'The dam opened on Sunday after ten years of work, the regional office said.',
    'Engineers said the dam would be inspected every spring.',
  ]);
  assert.deepEqual(removed.map((r) => r.reason), ['title', 'byline', 'dateline', 'site-chrome', 'photo-credit', 'teaser', 'teaser']);
});

test('keeps sentences that merely start like a label, and a headline repeated later in the text', () => {
  const text = ['By noon the water had reached the first houses along the river bank and kept rising.', 'Dam opens after ten years'];
  const { kept } = filterBlocks([block('Intro paragraph of the story.'), ...text.map((t) => block(t))], 'Dam opens after ten years');
  assert.equal(kept.length, 3);
});

test("a blog engine's feed footer goes; a sentence about a post that appeared first somewhere stays", () => {
  const { kept, removed } = filterBlocks([
    block('The mill will close in May, the owners said.'),
    block('The post Mill to close in May appeared first on Valley Post.', 'P', 0.6),
    block('The post office in the square, which appeared first on old maps in 1790, will also close, the council said.'),
  ], 'Mill to close');
  assert.deepEqual(removed.map((r) => r.reason), ['outlet-boilerplate']);
  assert.equal(kept.length, 2);
});

test('the follow and share prompts the text path removes go from HTML paragraphs too; a sentence about following stays', () => {
  const { kept, removed } = filterBlocks([
    block('The lighthouse reopened on Friday, the harbour board said.'),
    block('Follow the Coastline Gazette on Instagram for more pictures.'),
    block('Share this story with your friends'),
    block('Fishermen follow the Coast Guard on Facebook to hear of storms early, the board said, and many did so last winter.'),
  ], 'Lighthouse reopens');
  assert.deepEqual(removed.map((r) => r.reason), ['share-prompt', 'share-prompt']);
  assert.deepEqual(kept.map((b) => b.text), [
    'The lighthouse reopened on Friday, the harbour board said.',
    'Fishermen follow the Coast Guard on Facebook to hear of storms early, the board said, and many did so last winter.',
  ]);
});
