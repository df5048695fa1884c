import { inverseFrequency, type DocumentFrequencies } from './document-frequencies.ts';
import { hashString } from './hash-string.ts';
import { SIGNATURE_LENGTH } from './minhash.ts';
import type { StoryFeatures } from './story-features.ts';

// 32 bands of 4 hashes: a pair whose shingle sets overlap by half is found with 87% certainty, by 0.8 almost surely.
const BANDS = 32;
const ROWS = SIGNATURE_LENGTH / BANDS;
// An article is filed under its rarest terms and anchors only, so a posting list stays short whatever the pile.
const KEY_TERMS = 16;
const KEY_ANCHORS = 8;
// A key shared by this many articles tells nothing more; older entries leave, so the work per article stays bounded.
const POSTING_CAP = 500;
/** Most candidates compared with a new article. */
export const MAX_CANDIDATES = 40;

/** Where earlier articles are filed, to find the few a new one could belong with without reading them all. */
export interface CandidateIndex {
  readonly postings: Map<number, number[]>;
}

/** An empty index. */
export function emptyIndex(): CandidateIndex {
  return { postings: new Map() };
}

/** The keys an article is filed under: its MinHash bands, and its rarest terms and anchors as the pile stands. */
export function indexKeys(features: StoryFeatures, frequencies: DocumentFrequencies): number[] {
  const keys = bandKeys(features.signature);
  const idf = (df: number | undefined): number => inverseFrequency(frequencies.documents, df ?? 0);
  const terms = [...features.bag.terms.keys()]
    .map((k) => ({ key: features.bag.terms[k]!, weight: (1 + Math.log(features.bag.counts[k]!)) * idf(frequencies.terms.get(features.bag.terms[k]!)) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, KEY_TERMS)
    .map((t) => hashString(`t:${t.key}`));
  const anchors = [...features.anchors]
    .sort((a, b) => idf(frequencies.anchors.get(b)) - idf(frequencies.anchors.get(a)))
    .slice(0, KEY_ANCHORS)
    .map((a) => hashString(a));
  return [...keys, ...terms, ...anchors];
}

/** The MinHash bands of a signature: two texts whose 5-gram sets overlap by half share one with 87% certainty. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS; r++) h = hashString(`${h}:${signature[band * ROWS + r]}`);
    keys.push(h);
  }
  return keys;
}

/** The earlier articles (by number) sharing the most keys with these, at most `MAX_CANDIDATES`, most shared first. */
export function findCandidates(index: CandidateIndex, keys: readonly number[]): number[] {
  const shared = new Map<number, number>();
  for (const key of keys) for (const article of index.postings.get(key) ?? []) shared.set(article, (shared.get(article) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_CANDIDATES).map(([article]) => article);
}

/** File an article (by number) under its keys. */
export function fileArticle(index: CandidateIndex, keys: readonly number[], article: number): void {
  for (const key of new Set(keys)) {
    const list = index.postings.get(key);
    if (!list) index.postings.set(key, [article]);
    else {
      list.push(article);
      if (list.length > POSTING_CAP) list.shift();
    }
  }
}
