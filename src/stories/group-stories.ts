import type { Embed } from '../align/embed.ts';
import { compareWeighed, sharedAnchors, type PairEvidence } from './compare-features.ts';
import { weighFeatures, type WeightedFeatures } from './weigh-features.ts';
import { countDocument, emptyFrequencies, type DocumentFrequencies } from './document-frequencies.ts';
import { emptyIndex, fileArticle, findCandidates, indexKeys, lookupKeys, type CandidateIndex } from './candidate-index.ts';
import { judgePair, sameEvent, settlePair, type PairVerdict } from './judge-pair.ts';
import { storyFeatures, type StoryFeatures, type StoryInput } from './story-features.ts';

/** Why an article is in its story: the member it matched best, and on what evidence. */
export interface Membership {
  readonly article: string;
  readonly story: string;
  /** The member it matched, or null for the article that started the story. */
  readonly matched: string | null;
  readonly verdict: PairVerdict | null;
  readonly evidence: PairEvidence | null;
  /** The rarest names, places, figures and dates it shares with the member it matched. */
  readonly shared: readonly string[];
}

/** A story as grouping holds it: its id (its first article's) and its members in arrival order. */
export interface GroupedStory {
  readonly id: string;
  readonly members: Membership[];
}

/** Grouping state: every article's features, its story, the index and the counts. Grows by `placeArticle` only. */
export interface StoryGrouping {
  readonly features: StoryFeatures[];
  /** Each article's weighed words and anchors, weighed again whenever the pile has doubled since. */
  readonly weighed: WeightedFeatures[];
  readonly storyOf: number[];
  readonly stories: GroupedStory[];
  readonly frequencies: DocumentFrequencies;
  readonly index: CandidateIndex;
  readonly meanings: Map<number, Float32Array>;
}

/** What grouping may use beyond words: the sentence encoder, for pairs words leave undecided. */
export interface GroupOptions {
  readonly embed?: Embed;
  /** Most undecided candidates put to the encoder per article (default 3). */
  readonly askEncoder?: number;
}

/** No articles yet. */
export function emptyGrouping(): StoryGrouping {
  return { features: [], weighed: [], storyOf: [], stories: [], frequencies: emptyFrequencies(), index: emptyIndex(), meanings: new Map() };
}

/**
 * Place one more article: it joins the story of the earlier article it matches best, or starts a story. No earlier
 * placement changes, so a pile can be grouped as it streams in. `features` (its `storyFeatures`, under its id) may be
 * read beforehand, elsewhere: they depend on the article alone.
 */
export async function placeArticle(grouping: StoryGrouping, input: StoryInput, options: GroupOptions = {}, features: StoryFeatures = storyFeatures(input)): Promise<Membership> {
  const number = grouping.features.length;
  countDocument(grouping.frequencies, features.bag, features.anchors);
  const keys = indexKeys(features, grouping.frequencies);
  const weighed = weighFeatures(features, grouping.frequencies);
  const judged = findCandidates(grouping.index, lookupKeys(features, grouping.frequencies)).map((other) => {
    const otherFeatures = grouping.features[other]!;
    const evidence = compareWeighed(features, otherFeatures, weighed, currentWeights(grouping, other));
    return { other, evidence, verdict: judgePair(evidence, crossLanguage(features, otherFeatures)) };
  });
  const best = pickBest(judged) ?? await settleUndecided(grouping, features, number, judged, options);
  grouping.features.push(features);
  grouping.weighed.push(weighed);
  fileArticle(grouping.index, keys, number);
  if (best) {
    const storyNumber = grouping.storyOf[best.other]!;
    const story = grouping.stories[storyNumber]!;
    const matched = grouping.features[best.other]!;
    const shared = sharedAnchors(features, matched, grouping.frequencies);
    const membership = { article: input.id, story: story.id, matched: matched.id, verdict: best.verdict, evidence: best.evidence, shared };
    story.members.push(membership);
    grouping.storyOf.push(storyNumber);
    return membership;
  }
  const membership = { article: input.id, story: input.id, matched: null, verdict: null, evidence: null, shared: [] };
  grouping.stories.push({ id: input.id, members: [membership] });
  grouping.storyOf.push(grouping.stories.length - 1);
  return membership;
}

/**
 * File an article whose story is already known (read back from a store, or a new version of a stored article): it
 * counts and is indexed as `placeArticle` would count and index it, so later articles can match it, and joins the
 * story named (started when the grouping has none of that id). Nothing is judged.
 */
export function restoreArticle(grouping: StoryGrouping, input: StoryInput, story: string, features: StoryFeatures = storyFeatures(input)): void {
  const number = grouping.features.length;
  countDocument(grouping.frequencies, features.bag, features.anchors);
  grouping.features.push(features);
  grouping.weighed.push(weighFeatures(features, grouping.frequencies));
  fileArticle(grouping.index, indexKeys(features, grouping.frequencies), number);
  const membership = { article: input.id, story, matched: null, verdict: null, evidence: null, shared: [] };
  const known = storyNumbers(grouping);
  let storyNumber = known.get(story);
  if (storyNumber === undefined) {
    storyNumber = grouping.stories.push({ id: story, members: [] }) - 1;
    known.set(story, storyNumber);
  }
  grouping.stories[storyNumber]!.members.push(membership);
  grouping.storyOf.push(storyNumber);
}

// Each grouping's stories by id, built when first asked and kept up by restoreArticle (placeArticle appends only).
const numbersOf = new WeakMap<StoryGrouping, Map<string, number>>();

function storyNumbers(grouping: StoryGrouping): Map<string, number> {
  let numbers = numbersOf.get(grouping);
  if (!numbers) {
    numbers = new Map();
    numbersOf.set(grouping, numbers);
  }
  // stories placeArticle started since the last call
  for (let n = numbers.size; n < grouping.stories.length; n++) numbers.set(grouping.stories[n]!.id, n);
  return numbers;
}

// Rarity drifts as the pile grows: an article's weights are redone once the pile has doubled since they were made,
// so each article is weighed O(log n) times in all.
function currentWeights(grouping: StoryGrouping, article: number): WeightedFeatures {
  const weighed = grouping.weighed[article]!;
  if (grouping.frequencies.documents <= 2 * weighed.documents) return weighed;
  const again = weighFeatures(grouping.features[article]!, grouping.frequencies);
  grouping.weighed[article] = again;
  return again;
}

interface Judged {
  readonly other: number;
  readonly evidence: PairEvidence;
  verdict: PairVerdict;
}

function pickBest(judged: readonly Judged[]): Judged | undefined {
  return judged.filter((j) => j.verdict.kind === 'same').sort((a, b) => b.verdict.score - a.verdict.score)[0];
}

// The encoder reads English only: a pair it cannot read, or any pair when there is no encoder, is settled on its words.
async function settleUndecided(grouping: StoryGrouping, features: StoryFeatures, number: number, judged: Judged[], options: GroupOptions): Promise<Judged | undefined> {
  const undecided = judged.filter((j) => j.verdict.kind === 'undecided').sort((a, b) => b.verdict.score - a.verdict.score).slice(0, options.askEncoder ?? 3);
  if (undecided.length === 0) return undefined;
  // the encoder reads English pairs that could still be one story: a pair about another event is two, whatever it says
  const readable = options.embed && isEnglish(features) ? undecided.filter((j) => isEnglish(grouping.features[j.other]!) && sameEvent(j.evidence)) : [];
  const wanted = [number, ...readable.map((j) => j.other)].filter((n) => !grouping.meanings.has(n));
  if (options.embed && readable.length > 0 && wanted.length > 0) {
    const vectors = await options.embed(wanted.map((n) => (n === number ? features : grouping.features[n]!).lead));
    wanted.forEach((n, k) => grouping.meanings.set(n, vectors[k] ?? new Float32Array(0)));
  }
  for (const j of undecided) {
    const meaning = readable.includes(j) ? cosine(grouping.meanings.get(number), grouping.meanings.get(j.other)) : null;
    j.verdict = settlePair(j.evidence, j.verdict.score, meaning);
  }
  return pickBest(undecided);
}

function isEnglish(features: StoryFeatures): boolean {
  return features.language === null || features.language.toLowerCase().startsWith('en');
}

function crossLanguage(a: StoryFeatures, b: StoryFeatures): boolean {
  return a.language !== null && b.language !== null && a.language.slice(0, 2).toLowerCase() !== b.language.slice(0, 2).toLowerCase();
}

/** Cosine of two vectors; null when either is missing or empty. */
export function cosine(a: Float32Array | undefined, b: Float32Array | undefined): number | null {
  if (!a || !b || a.length === 0 || a.length !== b.length) return null;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? null : dot / Math.sqrt(na * nb);
}
