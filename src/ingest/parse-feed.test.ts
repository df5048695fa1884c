import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from './parse-feed.ts';
import { InputError } from './input-error.ts';

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/ingest/${name}`, import.meta.url)), 'utf8');

test('RSS items become HTML documents, full content first, summary otherwise', () => {
  const { documents, problems } = parseFeed(read('harbor-rss.xml'), 'feed.xml');
  assert.deepEqual(documents.map((d) => d.source), ['feed.xml#1', 'feed.xml#2']);
  const [first, second] = documents;
  assert.equal(first?.format, 'html');
  assert.match(first?.body ?? '', /^<p>The council approved the levy by 7 votes to 2/);
  assert.deepEqual(first?.meta, {
    url: 'https://coastal.test/2025/11/levy', title: 'Levy approved after “long debate”', byline: 'Rita Mendes',
    outlet: 'Coastal & Harbor News', published: '2025-11-04T23:05:00Z', language: 'en-us',
  });
  assert.equal(second?.body, '<p>Ferries will run every 40 minutes from Monday.</p>');
  assert.equal(second?.meta.published, undefined);
  assert.deepEqual(problems, [{ input: 'feed.xml#3', reason: 'Feed item has no content or summary' }]);
});

test('Atom entries carry authors, published dates and a plain feed title', () => {
  const { documents, problems } = parseFeed(read('harbor-atom.atom'), 'a.atom');
  assert.equal(problems.length, 0);
  assert.deepEqual(documents[0]?.meta, {
    url: 'https://estuary.test/levy', title: 'Harbour levy clears council', byline: 'Jon Baptiste, Lea Kim',
    outlet: 'The Estuary Post', published: '2025-11-05T06:15:00Z', language: 'en-GB',
  });
  assert.equal(documents[0]?.body, '<p>Councillors backed the harbour levy by seven votes to two.</p>');
  assert.equal(documents[1]?.body, 'Just the summary text.');
  assert.equal(documents[1]?.meta.published, '2025-11-04T12:00:00Z');
});

test('XML that is not a feed is an input error naming its root', () => {
  assert.throws(() => parseFeed('<?xml version="1.0"?><urlset><url/></urlset>', 's.xml'),
    (e: unknown) => e instanceof InputError && e.message === 'Not an RSS or Atom feed (root element <urlset>)');
});

test('an empty feed is a problem', () => {
  const r = parseFeed('<rss version="2.0"><channel><title>T</title></channel></rss>', 'e.rss');
  assert.deepEqual(r, { documents: [], problems: [{ input: 'e.rss', reason: 'Feed has no items' }] });
});

test('a feed that cannot be read says what is wrong with it', () => {
  const reason = (xml: string): string => {
    try {
      parseFeed(xml, 'f.xml');
      return 'read';
    } catch (error) {
      return (error as Error).message;
    }
  };
  assert.equal(reason('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>'),
    'Not a readable feed: it declares an external entity, which is never fetched');
  assert.equal(reason(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(100_000)}">]><rss><channel><title>&a;</title></channel></rss>`),
    'Not a readable feed: an entity in it is too large');
  assert.equal(reason(`<rss><channel>${'<x>'.repeat(20_000)}</channel></rss>`), 'Not a readable feed: its elements are nested too deeply');
});

test('a title that is a flood of "<" is stripped in one pass', () => {
  const { documents } = parseFeed(`<rss><channel><title>${'&lt;'.repeat(100_000)}Wire</title><item><title>t</title><description>Words.</description></item></channel></rss>`, 'f.xml');
  assert.equal(documents[0]?.meta.outlet?.endsWith('Wire'), true);
});
