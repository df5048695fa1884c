// One timed grouping run, in its own process so its peak memory is its own: node --import tsx
// bench/stories/time-grouping.ts <articles> [--encoder]. Builds `articles` rewrites (mutateArticle) of the benchmark's
// distinct pages and the story bundles' texts, groups them, prints one JSON line: seconds, articles/s, CPU seconds (all
// threads), peak RSS, stories, encoder calls and leads embedded, and the share of rewrites of one page that came out in
// one story (recall). With --encoder, the sentence encoder runs as `wiretrace stories` runs it (one worker thread,
// started with the grouping, its loading timed).
import { readFileSync } from 'node:fs';
import { loadSimilarityPairs } from './load-similarity-pairs.ts';
import { SIMILARITY_CSV, shuffle, storyBundles } from './load-pile.ts';
import { mutateArticle } from './mutate-article.ts';
import { emptyGrouping, placeArticle } from '../../src/stories/group-stories.ts';
import { startWorkerEmbedder } from '../../src/align/start-worker-embedder.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { buildArticles } from '../../src/pipeline/build-articles.ts';
import { bCubed } from './b-cubed.ts';

const size = Number(process.argv[2] ?? 1000);
const withEncoder = process.argv.includes('--encoder');
const pairs = loadSimilarityPairs(SIMILARITY_CSV);
const bases = new Map<string, { text: string; language: string }>();
for (const p of pairs) {
  bases.set(p.text1, { text: p.text1, language: p.lang1 });
  bases.set(p.text2, { text: p.text2, language: p.lang2 });
}
for (const bundle of storyBundles()) {
  const { articles } = buildArticles((await ingest(bundle.inputs)).documents);
  for (const a of articles) bases.set(a.text, { text: a.text, language: a.language ?? 'en' });
}
const distinct = [...bases.values()].filter((b) => b.text.trim().length > 200);
const inputs = shuffle(Array.from({ length: size }, (_, k) => {
  const base = k % distinct.length;
  const round = Math.floor(k / distinct.length);
  return { id: `a${k}`, title: null, text: mutateArticle(distinct[base]!.text, round), language: distinct[base]!.language, base: `b${base}` };
}), 7);
void readFileSync;
const encoder = withEncoder ? startWorkerEmbedder(1) : undefined;
let calls = 0;
let leads = 0;
const embed = encoder ? async (s: string[]) => { calls++; leads += s.length; return encoder.embed(s); } : undefined;
const grouping = emptyGrouping();
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
for (const input of inputs) await placeArticle(grouping, input, embed ? { embed } : {});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
await encoder?.stop();
const found = new Map(grouping.stories.flatMap((s) => s.members.map((m) => [m.article, s.id] as const)));
const gold = new Map(inputs.map((i) => [i.id, i.base]));
const { recall } = bCubed(found, gold);
console.log(JSON.stringify({ articles: size, seconds, perSecond: size / seconds, peakMb: process.resourceUsage().maxRSS / 1024, stories: grouping.stories.length, encoderCalls: calls, leads, cpuSeconds: (used.user + used.system) / 1e6, recall }));
