import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/ingest.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { articleTags } from '../compare/tag/article-tags.ts';
import { buildArticles } from './build-articles.ts';
import { packArticleTags, unpackArticleTags } from './pack-article-tags.ts';

test('tags packed for a thread and copied across read back as the tags read in process, sets in the same order', async () => {
  const { documents } = await ingest([fileURLToPath(new URL('../../examples/harbor-bridge', import.meta.url))], {});
  const { articles } = buildArticles(documents);
  assert.ok(articles.length >= 5);
  const read = articles.map((a) => articleTags(a, extractMentions(a.text, a.sentences, a.published)));
  const packed = structuredClone(packArticleTags(read));
  // the batch's string table holds each string once, for every word, stem and stem pair of all its articles
  assert.equal(new Set(packed.strings).size, packed.strings.length);
  assert.ok(packed.strings.length < read.reduce((n, t) => n + t.words.length, 0));
  const back = unpackArticleTags(packed, articles);
  assert.deepEqual(back, read);
  back.forEach((t, k) => {
    assert.deepEqual([...t.stems], [...read[k]!.stems]);
    assert.deepEqual([...t.bigrams], [...read[k]!.bigrams]);
  });
});
