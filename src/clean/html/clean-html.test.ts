import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../../model/index.ts';
import { cleanHtml } from './clean-html.ts';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/html');
const page = (name: string, meta: RawDocument['meta'] = {}): RawDocument => ({
  source: `${name}.html`, format: 'html', body: readFileSync(resolve(fixtures, `${name}.html`), 'utf8'), meta,
});

test('reads JSON-LD inside @graph before Open Graph and meta tags', () => {
  const doc = cleanHtml(page('news-article-jsonld'));
  assert.equal(doc.title, 'Harbour ferry fares will rise by 12% this spring');
  assert.equal(doc.byline, 'Ana Ribeiro and Tom Okafor');
  assert.equal(doc.outlet, 'The Coastal Ledger');
  assert.equal(doc.published, '2026-02-21T13:11:00Z');
  assert.equal(doc.language, 'en-GB');
  assert.equal(doc.url, 'https://ledger.example/news/ferry-fares-rise');
  assert.equal(doc.source, 'news-article-jsonld.html');
});

test('metadata carried by the input wins over the page', () => {
  const doc = cleanHtml(page('news-article-jsonld', { title: 'Given title', outlet: 'Wire copy', published: '2026-02-22T08:00:00+01:00' }));
  assert.equal(doc.title, 'Given title');
  assert.equal(doc.outlet, 'Wire copy');
  assert.equal(doc.published, '2026-02-22T07:00:00Z');
  assert.equal(doc.byline, 'Ana Ribeiro and Tom Okafor');
});

test('text is plain paragraphs separated by one blank line, entities decoded, headline left out', () => {
  const { text, removed } = cleanHtml(page('news-article-jsonld'));
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 5);
  assert.ok(paragraphs[0]?.startsWith('The harbour authority said on Tuesday'));
  assert.ok(text.includes('12 percent'), 'a no-break space reads as a space');
  assert.ok(text.includes('fuel costs & repairs'));
  assert.equal(paragraphs[2], 'Commuters object');
  assert.doesNotMatch(text, /<|&amp;|\n{3}| {2}/);
  assert.ok(!text.includes('Harbour ferry fares will rise'));
  assert.deepEqual(removed.find((r) => r.reason === 'title')?.text, 'Harbour ferry fares will rise by 12% this spring');
});

test('falls back to <title> without the site suffix, and to meta dates without a zone as UTC', () => {
  const doc = cleanHtml(page('noisy-page'));
  assert.equal(doc.title, 'Library opens late on weekdays');
  assert.equal(doc.outlet, 'Riverside Daily');
  assert.equal(doc.published, '2026-01-09T08:30:00Z');
  assert.equal(doc.language, 'en');
  assert.equal(doc.url, null);
});

test('keeps the story and lists navigation, byline, caption, share bar, ads, teasers and footer as removed', () => {
  const { text, removed } = cleanHtml(page('noisy-page'));
  assert.deepEqual(text.split('\n\n').map((p) => p.slice(0, 24)), [
    'The central library will',
    'The longer hours will co',
    'Staff unions said they h',
    'The council will publish',
  ]);
  for (const noise of ['Home', 'Mira Santos', 'Tuesday evening', 'Share on', 'Advertisement', 'Read more', 'Museum roof', 'Copyright']) {
    assert.ok(!text.includes(noise), `"${noise}" left in the text`);
  }
  const reasons = new Set(removed.map((r) => r.reason));
  for (const reason of ['navigation', 'byline', 'caption', 'social', 'advertisement', 'teaser', 'site-chrome'] as const) {
    assert.ok(reasons.has(reason), `no removal recorded as ${reason}`);
  }
  assert.ok(removed.some((r) => r.reason === 'navigation' && r.text === 'Home · Local · Sport'));
});

test('falls back to the largest text container when Readability keeps only a fragment', () => {
  const { text } = cleanHtml(page('table-layout'));
  assert.equal(text.split('\n\n').length, 2);
  assert.ok(text.startsWith('The bell tower repairs finished'));
  assert.ok(text.includes('Volunteers collected 214 coats'));
});

test('source map points each paragraph start at the same words in the HTML', () => {
  const raw = page('noisy-page');
  const doc = cleanHtml(raw);
  assert.equal(doc.sourceMap.length, 4);
  for (const entry of doc.sourceMap) {
    const words = doc.text.slice(entry.start, entry.end);
    assert.equal(raw.body.slice(entry.sourceStart, entry.sourceStart + words.length), words);
  }
});

test('an empty page gives empty text, not an error', () => {
  const doc = cleanHtml({ source: 'empty.html', format: 'html', body: '', meta: {} });
  assert.equal(doc.text, '');
  assert.equal(doc.title, null);
});

test('a wire sign-off is removed as credits and gives the byline a page without one', () => {
  const body = `<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>
<p>The harbour authority said on Tuesday that ferry fares would rise by 12 percent in the spring, citing fuel costs and repairs.</p>
<p>Commuters groups said they would ask the city council to block the increase before it takes effect in April.</p>
<p>(Reporting by Ana Ribeiro in Porto; Editing by Tom Okafor)</p></article></body></html>`;
  const doc = cleanHtml({ source: 'credits.html', format: 'html', body, meta: {} });
  assert.ok(!doc.text.includes('Reporting by'));
  assert.deepEqual(doc.removed.find((r) => r.reason === 'credits')?.text, '(Reporting by Ana Ribeiro in Porto; Editing by Tom Okafor)');
  assert.equal(doc.byline, 'Ana Ribeiro');
});

test('a box is named by the label it opens with, in the page\'s language, whatever its class', () => {
  const body = `<html lang="de"><body><div class="c1"><h1>Fähre fährt wieder</h1>
<p>Die Fähre zwischen Nordstrand und Pellworm fährt nach drei Wochen Pause wieder nach dem regulären Fahrplan, teilte die Reederei am Montag mit.</p>
<p>Die Reparatur am Antrieb habe länger gedauert als geplant, weil ein Ersatzteil aus Norwegen geliefert werden musste.</p>
<div class="x9"><p><strong>Das könnte Sie auch interessieren</strong></p><p>Neue Fahrpreise ab Mai: Was Pendler wissen müssen und warum es teurer wird.</p></div>
<section class="k2"><h3>Kommentare (2)</h3><p>Endlich fährt sie wieder, das wurde auch Zeit für uns alle hier.</p></section>
</div></body></html>`;
  const doc = cleanHtml({ source: 'box.html', format: 'html', body, meta: {} });
  assert.ok(doc.text.includes('Die Reparatur am Antrieb'));
  for (const gone of ['interessieren', 'Neue Fahrpreise', 'Kommentare', 'Endlich fährt sie']) assert.ok(!doc.text.includes(gone), gone);
  assert.ok(doc.removed.some((r) => r.reason === 'teaser' && r.text.startsWith('Das könnte Sie auch interessieren')));
  assert.equal(doc.language, 'de');
});

test('the JSON-LD articleBody stands in for a page that shows only a loading note, and never for a page that shows its text', () => {
  const ld = (text: string): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry', articleBody: text })}</script>`;
  const story = 'The ferry between the two islands runs again after a three-week pause, the operator said on Monday.\nRepairs to the engine took longer than planned because a spare part had to come from Norway.';
  const shell = cleanHtml({ source: 'shell.html', format: 'html', body: `<html><head>${ld(story)}</head><body><div id="app">Loading…</div></body></html>`, meta: {} });
  assert.equal(shell.text, story.replace('\n', '\n\n'));
  const shown = `<p>${story.replace('\n', '</p><p>')}</p><p>The operator apologised to passengers and said season tickets would be extended by three weeks.</p>`;
  const page = cleanHtml({ source: 'page.html', format: 'html', body: `<html><head>${ld('A teaser that the JSON carries.')}</head><body><article>${shown}</article></body></html>`, meta: {} });
  assert.ok(page.text.includes('season tickets would be extended') && !page.text.includes('teaser that the JSON'));
});
