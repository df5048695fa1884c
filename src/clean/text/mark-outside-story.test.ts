import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markOutsideStory } from './mark-outside-story.ts';
import { splitLines } from './split-lines.ts';

const meta = { title: null, byline: null, outlet: null, published: null };
const reasons = (lines: string[]) => markOutsideStory({ units: splitLines(lines.join('\n')), meta }).units.map((u) => u.removed ?? 'kept');
const story = [
  'The old harbor bridge reopened to traffic on Monday after eight months of repairs, the city said.',
  'Engineers replaced the deck and two of the four towers that hold the cables.',
  'Shift in traffic',
  'Commuters who had used the ferry said the queues had added an hour to their day.',
];
const fragments = ['Home', 'Sign in', 'Ferry fares', 'Port strike', 'Weather', 'Bay news', 'Jobs', 'Tide tables', 'Events', 'Contact'];

test('markOutsideStory removes page furniture before and after the story, keeping what lies inside it', () => {
  const teaser = 'A different story about tourism in the region that the page lists below the article.';
  const out = reasons([...fragments, ...story, ...fragments, teaser]);
  assert.deepEqual(out, [...Array(10).fill('off-article'), 'kept', 'kept', 'kept', 'kept', ...Array(11).fill('off-article')]);
});

test('markOutsideStory keeps prose outside the best stretch when much of the page is prose', () => {
  const lines = [...story, ...fragments, ...story];
  const out = reasons(lines);
  lines.forEach((line, i) => assert.equal(out[i], i < 4 || /\.$/.test(line) ? 'kept' : 'off-article', line));
});

test('markOutsideStory leaves an article alone, and keeps short sentences beside the story', () => {
  assert.deepEqual(reasons([...story, 'Ferry fares', 'He declined to comment.']), Array(6).fill('kept'));
  assert.deepEqual(reasons([...fragments, ...story, 'He declined to comment.']).slice(10), Array(5).fill('kept'));
});
