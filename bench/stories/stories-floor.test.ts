// Score floors for story grouping (issue 12), without the sentence encoder so it runs in seconds: the lexical score's
// Pearson correlation with SemEval-2022 Task 8's Overall on its English pairs (read from ../shared, never copied),
// and B-cubed precision and recall on the mixed pile. ../shared must be beside the repository (as CI has it): without it
// these tests fail, saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { loadSimilarityPairs, pearson } from './load-similarity-pairs.ts';
import { loadMixedPile, SIMILARITY_CSV } from './load-pile.ts';
import { bCubed } from './b-cubed.ts';
import { storyFeatures } from '../../src/stories/story-features.ts';
import { countDocument, emptyFrequencies } from '../../src/stories/document-frequencies.ts';
import { compareFeatures } from '../../src/stories/compare-features.ts';
import { lexicalScore } from '../../src/stories/judge-pair.ts';
import { emptyGrouping, placeArticle } from '../../src/stories/group-stories.ts';

const present = (): void => assert.ok(existsSync(SIMILARITY_CSV), `the news-similarity benchmark is not beside the repository: ${SIMILARITY_CSV}`);

test('the lexical story score correlates with the annotators on English pairs (floor 0.79, measured 0.812)', () => {
  present();
  const pairs = loadSimilarityPairs(SIMILARITY_CSV);
  const features = pairs.map((p) => [storyFeatures({ id: `${p.id}:1`, title: null, text: p.text1, language: p.lang1 }), storyFeatures({ id: `${p.id}:2`, title: null, text: p.text2, language: p.lang2 })] as const);
  const frequencies = emptyFrequencies();
  for (const pair of features) for (const f of pair) countDocument(frequencies, f.bag, f.anchors);
  const english = pairs.map((p, i) => (p.lang1 === 'en' && p.lang2 === 'en' ? i : -1)).filter((i) => i >= 0);
  assert.ok(english.length > 100);
  const scores = english.map((i) => lexicalScore(compareFeatures(features[i]![0], features[i]![1], frequencies), false));
  const r = pearson(scores, english.map((i) => -pairs[i]!.overall));
  assert.ok(r >= 0.79, `Pearson ${r.toFixed(3)}`);
});

test('the mixed pile comes out story by story (B-cubed precision and recall >= 0.95)', async () => {
  present();
  const pile = await loadMixedPile();
  const grouping = emptyGrouping();
  for (const article of pile.articles) await placeArticle(grouping, article);
  const found = new Map(grouping.stories.flatMap((s) => s.members.map((m) => [m.article, s.id] as const)));
  const { precision, recall } = bCubed(found, pile.gold);
  assert.ok(precision >= 0.95 && recall >= 0.95, `P ${precision.toFixed(4)} R ${recall.toFixed(4)}`);
});
