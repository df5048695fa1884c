/** Thresholds and limits of claim alignment, in one place so they are tuned together (see fixtures/align). */
export const ALIGN_TUNING = {
  /** Candidates scored per unit. */
  candidatesPerUnit: 12,
  /** Terms a unit retrieves by: its rarest ones. */
  queryTerms: 10,
  /** A term is used for retrieval only while it occurs in fewer units than this many per article (plus the floor). */
  postingPerArticle: 3,
  postingFloor: 10,
  /** Pairs below this lexical similarity are never linked. */
  lexicalFloor: 0.1,
  /** At or above this lexical similarity a pair needs no embedding to be judged. */
  lexicalSure: 0.5,
  /** Weight of wording against meaning when both are known. */
  lexicalWeight: 0.5,
  /** Embedding cosine that counts as no evidence either way. */
  embeddingOffset: 0.35,
  /** Minimum pair score to link two units. */
  accept: 0.3,
  /** How much better a two-sentence unit must match than either sentence alone. */
  pairMargin: 0.06,
  /** How much better, on average, another claim must match a sentence for the sentence to move there after clustering. */
  reassignMargin: 0.03,
  /** Minimum mean score between two groups for them to merge. */
  coherence: 0.22,
  /** A group of at most this many articles, told beside a larger claim's wordings, may join it as their second sentence. */
  absorbArticles: 2,
  /** Up to this many articles a small group tries every claim; past it only claims holding one of its candidate pairs (cost near-linear). */
  absorbExhaustive: 20,
  /** A sentence telling one claim also tells another when it reads this alike to that claim's wordings on average ... */
  shareAccept: 0.4,
  /** ... and this alike to one of them. */
  shareSure: 0.5,
  /** A clause of a sentence telling one claim also tells another when this share of its weight is in two or more other articles' wordings of it ... */
  clauseTold: 0.4,
  /** ... in this many terms at least ... */
  clauseTerms: 3,
  /** ... of at least this many terms of its own, credits left out ... */
  clauseOwnTerms: 5,
  /** ... and it reads this alike, on wording, to that claim's wordings on average ... */
  clauseAccept: 0.25,
  /** ... and this alike to one of them. */
  clauseSure: 0.3,
  maxChecks: 48,
  /** Sentences embedded per bundle: the encoder costs 30-40 ms a sentence on one core, so it is kept for the closest calls (on the seeds and the example bundle, 14 sentences decide the same claims and divergences as 36: .build/budget.ts-style comparison in docs/architecture.md). */
  embedBudget: (articles: number): number => Math.min(160, 4 + 2 * articles),
} as const;

/** The tuning values alignment uses. */
export type AlignTuning = typeof ALIGN_TUNING;
