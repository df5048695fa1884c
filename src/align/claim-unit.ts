/** One stretch of an article that can carry a claim: a sentence (or clause), or two neighbouring ones. */
export interface ClaimUnit {
  /** Index of the article in the bundle. */
  readonly article: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The single units this one spans: itself, or two neighbours when a claim is told over two sentences. */
  readonly parts: readonly number[];
}
