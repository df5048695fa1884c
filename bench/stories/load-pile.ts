import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/ingest.ts';
import { buildArticles } from '../../src/pipeline/build-articles.ts';
import type { Article, RawDocument } from '../../src/model/index.ts';
import { loadSimilarityPairs } from './load-similarity-pairs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the repository (benchmarks and seeds). */
export const SHARED = resolve(root, '../shared');
/** The SemEval-2022 Task 8 pairs. */
export const SIMILARITY_CSV = join(SHARED, 'benchmarks/news-similarity/data/training_set.csv');

/** A pile of articles from several stories, each article with its gold story. */
export interface Pile {
  readonly articles: Article[];
  readonly gold: Map<string, string>;
}

/** The story bundles of the repository: every fixture story, the example, and the seeds (their articles only). */
export function storyBundles(): { name: string; inputs: string[] }[] {
  const fixtures = join(root, 'fixtures/stories');
  const stories = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const seeds = join(SHARED, 'seeds');
  return [
    ...stories.map((name) => ({ name, inputs: [join(fixtures, name)] })),
    { name: 'harbor-bridge', inputs: [join(root, 'examples/harbor-bridge')] },
    { name: 'seeds', inputs: readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f)) },
  ];
}

/**
 * `count` benchmark pages of other news, one story each: the first text of the first `count` English pairs (by pair
 * id) whose first text is not a near repeat of an earlier pick. Read from the benchmark, never copied.
 */
export function otherNews(count: number): RawDocument[] {
  const pairs = loadSimilarityPairs(SIMILARITY_CSV)
    .filter((p) => p.lang1 === 'en' && p.text1.trim().length > 400)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return pairs.slice(0, count).map((p) => ({ source: `semeval:${p.id}`, format: 'text', body: p.text1, meta: { language: 'en' } }));
}

/** A seeded shuffle (mulberry32), so a pile is the same on every run. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The mixed pile of issue 12: every story bundle and `others` benchmark pages, shuffled, cleaned as one input. */
export async function loadMixedPile(others = 20, seed = 12): Promise<Pile> {
  const label = new Map<string, string>();
  const documents: RawDocument[] = [];
  for (const bundle of storyBundles()) {
    const read = await ingest(bundle.inputs);
    for (const doc of read.documents) {
      label.set(doc.source, bundle.name);
      documents.push(doc);
    }
  }
  for (const doc of otherNews(others)) {
    label.set(doc.source, doc.source);
    documents.push(doc);
  }
  const { articles } = buildArticles(shuffle(documents, seed));
  const gold = new Map(articles.map((a) => [a.id, label.get(a.source) ?? `unlabelled:${relative(root, a.source) || basename(a.source)}`]));
  return { articles, gold };
}
