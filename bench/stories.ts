// npm run bench:stories — how well `wiretrace stories` groups, and how fast (issue 12). Prints figures; asserts nothing.
//  1. Pearson correlation of the story similarity with the annotators' Overall (sign flipped: 1 is most similar) on
//     SemEval-2022 Task 8's pairs (../shared/benchmarks/news-similarity), English pairs and all pairs: the lexical
//     score alone, and the story similarity (the sentence encoder's cosine of the two leads blended in wherever it can
//     read both). Document frequencies are counted over the benchmark's texts (no labels are read for them); no
//     bound or weight was fitted to it.
//  2. B-cubed precision and recall on the mixed pile: every story fixture, the example, the seeds and 20 benchmark
//     pages of other news, shuffled and cleaned as one input, grouped without and with the encoder.
//  3. Speed: 1,000 and 10,000 rewrites (mutated copies) of the benchmark's pages and the fixtures' articles, grouped
//     in a fresh process each (seconds, articles/s, CPU seconds, peak memory, growth from 1,000 to 10,000), on words
//     alone and then 10,000 with the encoder as `wiretrace stories` runs it by default; the load average beside each.
// `-- --quick` skips the encoder (Pearson and pile) and the 10,000 runs.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSimilarityPairs, pearson } from './stories/load-similarity-pairs.ts';
import { loadMixedPile, SIMILARITY_CSV } from './stories/load-pile.ts';
import { bCubed } from './stories/b-cubed.ts';
import { storyFeatures } from '../src/stories/story-features.ts';
import { countDocument, emptyFrequencies } from '../src/stories/document-frequencies.ts';
import { compareFeatures } from '../src/stories/compare-features.ts';
import { lexicalScore, storySimilarity } from '../src/stories/judge-pair.ts';
import { cosine, emptyGrouping, placeArticle } from '../src/stories/group-stories.ts';
import { loadDefaultEmbedder } from '../src/align/load-default-embedder.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' } } });
const embed = flags.quick ? null : await loadDefaultEmbedder();

// 1. Pearson on the similarity benchmark.
const pairs = loadSimilarityPairs(SIMILARITY_CSV);
const features = pairs.map((p) => [
  storyFeatures({ id: `${p.id}:1`, title: null, text: p.text1, language: p.lang1 }),
  storyFeatures({ id: `${p.id}:2`, title: null, text: p.text2, language: p.lang2 }),
] as const);
const frequencies = emptyFrequencies();
for (const pair of features) for (const f of pair) countDocument(frequencies, f.bag, f.anchors);
const lexical = features.map(([a, b], i) => lexicalScore(compareFeatures(a, b, frequencies), pairs[i]!.lang1 !== pairs[i]!.lang2));
const english = pairs.map((p, i) => (p.lang1 === 'en' && p.lang2 === 'en' ? i : -1)).filter((i) => i >= 0);
const meanings = new Map<number, number | null>();
if (embed) {
  const vectors = await embed(english.flatMap((i) => [features[i]![0].lead, features[i]![1].lead]));
  english.forEach((i, k) => meanings.set(i, cosine(vectors[2 * k], vectors[2 * k + 1])));
}
const story = lexical.map((l, i) => storySimilarity(l, meanings.get(i) ?? null));
const gold = pairs.map((p) => -p.overall);
const r = (scores: readonly number[], among: readonly number[]): string => pearson(among.map((i) => scores[i]!), among.map((i) => gold[i]!)).toFixed(3);
const all = pairs.map((_, i) => i);
console.log(`news-similarity: ${pairs.length} pairs, ${english.length} English-English`);
console.log(`  Pearson, lexical score:        English ${r(lexical, english)}   all languages ${r(lexical, all)}`);
if (embed) console.log(`  Pearson, story similarity:     English ${r(story, english)}   all languages ${r(story, all)}   (encoder on English pairs)`);

// 2. The mixed pile.
const pile = await loadMixedPile();
const labels = new Set(pile.gold.values());
for (const withEncoder of embed ? [false, true] : [false]) {
  const grouping = emptyGrouping();
  const started = process.hrtime.bigint();
  for (const article of pile.articles) await placeArticle(grouping, article, withEncoder && embed ? { embed } : {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const found = new Map(grouping.stories.flatMap((s) => s.members.map((m) => [m.article, s.id] as const)));
  const { precision, recall } = bCubed(found, pile.gold);
  console.log(`mixed pile (${pile.articles.length} articles, ${labels.size} stories), ${withEncoder ? 'with' : 'without'} the encoder: ` +
    `B-cubed P ${precision.toFixed(4)} R ${recall.toFixed(4)}, ${grouping.stories.length} stories found, ${seconds.toFixed(2)} s`);
}

// 3. Speed, each size in its own process.
type Run = { articles: number; seconds: number; perSecond: number; cpuSeconds: number; peakMb: number; stories: number; encoderCalls: number; leads: number; recall: number; load: string };
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
const timed = (size: number, encoder: boolean): Run => {
  const before = load();
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'stories/time-grouping.ts'), String(size), ...(encoder ? ['--encoder'] : [])], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`time-grouping ${size} failed: ${child.stderr.slice(-1000)}`);
  return { ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<Run, 'load'>), load: `${before} -> ${load()}` };
};
const runs = (flags.quick ? [1000] : [1000, 10000]).map((size) => timed(size, false));
const line = (run: Run, how: string): string => `speed: ${run.articles} articles grouped ${how} in ${run.seconds.toFixed(1)} s (${run.perSecond.toFixed(0)} articles/s, ` +
  `${run.cpuSeconds.toFixed(1)} s CPU), peak ${run.peakMb.toFixed(0)} MB, ${run.stories} stories, rewrites of one page together: B-cubed R ${run.recall.toFixed(4)}` +
  ` [load average ${run.load}]`;
for (const run of runs) console.log(line(run, 'on words'));
if (runs.length === 2) console.log(`growth 1,000 -> 10,000 articles: time x${(runs[1]!.seconds / runs[0]!.seconds).toFixed(1)} (linear: x10)`);
if (!flags.quick) {
  const run = timed(10000, true);
  console.log(`${line(run, 'with the encoder')}; the encoder asked ${run.encoderCalls} times, ${run.leads} leads`);
}
