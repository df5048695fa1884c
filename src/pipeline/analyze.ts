import type { Article, Mention, Report } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { extractMentions } from '../extract/extract-mentions.ts';
import { alignClaims, type AlignOptions } from '../align/align-claims.ts';
import { compareClaims } from '../compare/compare-claims.ts';

import { findUnique } from '../compare/find-unique.ts';
import { traceOrigins } from '../trace/trace-origins.ts';
import { estimateCopying } from '../trace/copy-graph.ts';

/** Options for the comparison stages. */
export type AnalyzeOptions = AlignOptions;

/** Compare the articles of one bundle: claims, divergences, outlet-only material and origins. */
export async function analyzeArticles(articles: readonly Article[], options: AnalyzeOptions = {}): Promise<Report> {
  const mentions = new Map<string, readonly Mention[]>();
  for (const article of articles) {
    mentions.set(article.id, extractMentions(article.text, article.sentences, article.published));
  }
  const claims = await alignClaims(articles, mentions, options);
  return {
    schema: REPORT_SCHEMA,
    articles,
    claims,
    divergences: compareClaims(articles, mentions, claims),
    unique: findUnique(articles, claims),
    origins: traceOrigins(articles, mentions),
    copying: estimateCopying(articles, claims),
  };
}
