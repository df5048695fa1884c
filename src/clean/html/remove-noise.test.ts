import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './parse-page.ts';
import { removeNoise } from './remove-noise.ts';

const story = '<p>' + 'The ferry timetable changes on Monday, and the first boat now leaves ten minutes earlier. '.repeat(4) + '</p>';

test('removes furniture by tag, role, class or id tokens (camelCase too), with reasons', () => {
  const document = parsePage(`<body><nav>Home</nav><div role="complementary">Popular</div><div class="newsCaption">Boats at dawn</div>
    <div id="social-links">Post it</div><div class="ad-slot">Advertisement</div><div style="display: none">Hidden</div>${story}</body>`);
  const removed = removeNoise(document);
  assert.deepEqual(removed.map((r) => [r.reason, r.text]), [
    ['navigation', 'Home'], ['teaser', 'Popular'], ['caption', 'Boats at dawn'], ['social', 'Post it'], ['advertisement', 'Advertisement'], ['site-chrome', 'Hidden'],
  ]);
  assert.equal(document.body.textContent?.trim().startsWith('The ferry timetable'), true);
});

test('never removes the element holding most of the paragraph text, whatever its class', () => {
  const document = parsePage(`<body><div class="story related-content">${story}${story}</div><div class="related">Other story</div></body>`);
  const removed = removeNoise(document);
  assert.deepEqual(removed.map((r) => r.text), ['Other story']);
  assert.equal(document.querySelectorAll('p').length, 2);
});

test('keeps embedded posts and quotes inside social wrappers, and matches whole tokens only', () => {
  const document = parsePage(`<body>${story}<div class="social-media-embed"><blockquote>Posted words</blockquote></div><div class="header shared-view">Kept</div></body>`);
  assert.deepEqual(removeNoise(document), []);
});

test('a line holding only the page\'s time element, or classed as its date, is the dateline', () => {
  const document = parsePage(`<body><p><time datetime="2026-03-02T08:00:00Z">Monday 2 March 2026, 08:00</time></p>
    <div class="article-date">2 March 2026</div>${story}<p>The first boat leaves at <time>06:40</time> from pier two.</p></body>`);
  const removed = removeNoise(document);
  assert.deepEqual(removed.map((r) => [r.reason, r.text]), [['dateline', 'Monday 2 March 2026, 08:00'], ['dateline', '2 March 2026']]);
  assert.ok(document.body.textContent?.includes('The first boat leaves at 06:40 from pier two.'));
});
