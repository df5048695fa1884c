import type { Article, Claim, Mention } from '../model/index.ts';
import type { Embed } from './embed.ts';
import { claimUnits, type SplitClauses } from './claim-units.ts';
import { featuriser } from './unit-features.ts';
import { candidateKeys } from './find-candidates.ts';
import { memoLexical } from './lexical-memo.ts';
import { embedBorderline } from './embed-borderline.ts';
import { pairScorer } from './pair-scorer.ts';
import { clusterUnits } from './cluster-units.ts';
import { reassignUnits } from './reassign-units.ts';
import { absorbNeighbours } from './absorb-neighbours.ts';
import { shareSentences } from './share-sentences.ts';
import { shareClauses } from './share-clauses.ts';
import { scoreEdges } from './score-edges.ts';
import { buildClaim } from './build-claim.ts';
import { loadDefaultEmbedder } from './load-default-embedder.ts';
import { splitClauses } from '../segment/split-clauses.ts';
import { clauseRuns } from '../segment/clause-runs.ts';
import { ALIGN_TUNING } from './align-tuning.ts';

/** How claims are aligned. */
export interface AlignOptions {
  /** Sentence embedder; defaults to the bundled sentence encoder. */
  readonly embed?: Embed;
  /** Sentences embedded at most (the encoder costs ~20 ms a sentence); 0 aligns on wording alone. */
  readonly embedBudget?: number;
  /** Splits long sentences into clauses that can carry separate claims; defaults to the segmenter's. */
  readonly splitClauses?: SplitClauses;
  /** Told when alignment falls back to a weaker method, e.g. the embedding model cannot load. */
  readonly onWarning?: (message: string) => void;
  /** Told once the sentences that need it are embedded: the encoder is needed no more and its memory can go. */
  readonly onEmbedded?: () => void;
}

/** Group the sentences of a bundle into claims that two or more articles carry, whatever their wording. */
export async function alignClaims(
  articles: readonly Article[],
  mentions: ReadonlyMap<string, readonly Mention[]>,
  options: AlignOptions = {},
): Promise<Claim[]> {
  const tuning = ALIGN_TUNING;
  const { units, features, featurise, similarity, lexical } = preparePairs(articles, mentions, options.splitClauses ?? splitClauses);
  const vectors = await embedBorderline(units, lexical, await resolveEmbedder(options), borderlineLimits(articles.length, options), options.onWarning);
  options.onEmbedded?.();
  const score = pairScorer(features, vectors, tuning, similarity);
  const edges = scoreEdges(units, lexical, score, similarity, tuning);
  const clustered = clusterUnits(units, edges, score, { coherence: tuning.coherence, maxChecks: tuning.maxChecks });
  const reassigned = reassignUnits(clustered, units, edges, score, { accept: tuning.accept, margin: tuning.reassignMargin });
  const pairs = articles.length > tuning.absorbExhaustive ? lexical : undefined;
  const absorbed = absorbNeighbours(reassigned, units, score, { accept: tuning.accept, maxArticles: tuning.absorbArticles, sure: tuning.lexicalSure }, pairs);
  const shared = shareSentences(absorbed, units, score, { accept: tuning.shareAccept, sure: tuning.shareSure }, pairs);
  const clauses = shareClauses(shared, { units, features, featurise, runs: clauseRuns, texts: articles.map((a) => a.text), credits: articles.map((a) => creditsOf(mentions.get(a.id) ?? [])) },
    { told: tuning.clauseTold, terms: tuning.clauseTerms, own: tuning.clauseOwnTerms, accept: tuning.clauseAccept, sure: tuning.clauseSure }, pairs);
  const all = [...units, ...clauses.units];
  const allFeatures = clauses.units.length ? [...features, ...clauses.units.map((u) => featurise(u))] : features;
  const scoreAll = clauses.units.length ? pairScorer(allFeatures, vectors, tuning, memoLexical(allFeatures)) : score;
  return clauses.groups
    .filter((g) => new Set(g.map((i) => all[i]?.article)).size >= 2)
    .map((g) => buildClaim(g, all, articles, scoreAll))
    .sort((x, y) => firstPosition(x, articles) - firstPosition(y, articles));

  async function resolveEmbedder(o: AlignOptions): Promise<Embed | undefined> {
    if (o.embed) return o.embed;
    if (o.embedBudget === 0) return undefined;
    try {
      return await loadDefaultEmbedder();
    } catch (error) {
      o.onWarning?.(`Sentence embeddings are unavailable (${String(error)}); claims are aligned on wording alone`);
      return undefined;
    }
  }
}

function preparePairs(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, split: SplitClauses) {
  const tuning = ALIGN_TUNING;
  const units = claimUnits(articles, split);
  const { features, featurise } = featuriser(units, articles.map((a) => mentions.get(a.id) ?? []));
  const candidates = candidateKeys(units, features, {
    perUnit: tuning.candidatesPerUnit,
    queryTerms: tuning.queryTerms,
    maxPosting: tuning.postingPerArticle * articles.length + tuning.postingFloor,
  });
  // copies of one wording share their features: each distinct pair of wordings is scored once
  const similarity = memoLexical(features);
  const n = units.length;
  const lexical: { a: number; b: number; lex: number }[] = [];
  for (const key of candidates) {
    const a = Math.floor(key / n);
    const b = key % n;
    const lex = similarity(a, b);
    if (lex >= tuning.lexicalFloor) lexical.push({ a, b, lex });
  }
  return { units, features, featurise, similarity, lexical };
}

function borderlineLimits(articleCount: number, options: AlignOptions) {
  const tuning = ALIGN_TUNING;
  return {
    budget: options.embedBudget ?? tuning.embedBudget(articleCount),
    above: tuning.lexicalFloor,
    below: tuning.lexicalSure,
    pivot: tuning.accept,
  };
}

/** The source and cue of each attribution in an article. */
function creditsOf(mentions: readonly Mention[]) {
  return mentions.flatMap((m) => (m.kind === 'attribution' ? [m.source, m.cue] : []));
}

function firstPosition(claim: Claim, articles: readonly Article[]): number {
  const first = claim.support[0];
  if (!first) return 0;
  return articles.findIndex((a) => a.id === first.article) * 1e9 + first.start;
}
