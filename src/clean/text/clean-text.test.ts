import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from './clean-text.ts';

const body = [
  'Harbor bridge reopens',
  'By Ana Ruiz',
  'March 4, 2026',
  '',
  'The old harbor bridge reopened to traffic on Monday after eight months of repairs, the city said.',
  '',
  'Advertisement',
  '',
  'Engineers replaced the deck and two of the four towers.',
].join('\n');

test('cleanText reads metadata from the page and keeps only the story', () => {
  const doc = cleanText({ source: 'a.txt', format: 'text', body, meta: {} });
  assert.equal(doc.title, 'Harbor bridge reopens');
  assert.equal(doc.byline, 'Ana Ruiz');
  assert.equal(doc.published, '2026-03-04');
  assert.equal(doc.language, 'en');
  assert.equal(doc.url, null);
  assert.equal(doc.text, 'The old harbor bridge reopened to traffic on Monday after eight months of repairs, the city said.\n\nEngineers replaced the deck and two of the four towers.');
  assert.deepEqual(doc.removed.map((r) => r.reason), ['title', 'byline', 'dateline', 'advertisement']);
  for (const r of doc.removed) assert.equal(body.slice(r.source!.start, r.source!.end), r.text);
});

test('cleanText lets metadata carried by the input win', () => {
  const meta = { title: 'Harbor bridge reopens', byline: 'Desk', outlet: 'Bay Times', published: '2026-03-03T10:00:00Z', language: 'en-GB', url: 'https://bay.example/a' };
  const doc = cleanText({ source: 'feed#1', format: 'text', body, meta });
  assert.deepEqual([doc.title, doc.byline, doc.outlet, doc.published, doc.language, doc.url], Object.values(meta));
  assert.ok(!doc.text.includes('Harbor bridge reopens'));
});

test('cleanText returns empty text for a page with nothing but chrome', () => {
  const doc = cleanText({ source: 'b.txt', format: 'text', body: 'Close\nMenu\n\nShare\n', meta: {} });
  assert.equal(doc.text, '');
  assert.equal(doc.removed.length, 3);
  assert.deepEqual(doc.sourceMap, []);
});

test('cleanText reads a lower-case "by" line under the headline as the byline, not a wrap of the headline', () => {
  const doc = cleanText({ source: 'a.txt', format: 'text', meta: {}, body: ['Eleven charged over bribes for places at the university', 'by Corentin Vasseur', '', 'Prosecutors on Tuesday charged eleven people over an alleged scheme of bribes for places, a court filing showed.', '', 'The accused deny the charges.'].join('\n') });
  assert.equal(doc.title, 'Eleven charged over bribes for places at the university');
  assert.equal(doc.byline, 'Corentin Vasseur');
  // a headline whose own words end in "by" and a name keeps them
  const storm = cleanText({ source: 'b.txt', format: 'text', meta: {}, body: ['Homes flooded as rivers burst their banks, hit by Storm Petronel', '', 'Rivers burst their banks across the north on Monday, flooding hundreds of homes, officials said.', '', 'The storm moved east overnight.'].join('\n') });
  assert.equal(storm.title, 'Homes flooded as rivers burst their banks, hit by Storm Petronel');
});
