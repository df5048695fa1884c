import type { Article, CopyEdge, Report } from '../model/index.ts';
import { REPORT_SCHEMA } from '../model/index.ts';
import { alignClaims, type AlignOptions } from '../align/align-claims.ts';
import type { Baseline } from '../compare/choose-source.ts';

import { findUnique } from '../compare/find-unique.ts';
import { traceOrigins } from '../trace/trace-origins.ts';
import { estimateCopying } from '../trace/copy-graph.ts';
import { compareAtScale } from './compare-at-scale.ts';
import { COMPARE_WHOLE } from './plan-comparison.ts';
import { articleTags } from '../compare/tag/article-tags.ts';
import { dropAbsentWirePairs } from '../trace/absent-wire.ts';
import { findCopies } from '../stories/find-copies.ts';
import { baselineWhy, claimBaselines } from './claim-baselines.ts';
import { chooseBaseline } from './choose-baseline.ts';
import { mentionsOnThreads } from './mentions-on-threads.ts';
import { tagsOnThreads } from './tags-on-threads.ts';
import type { ArticleWorkers } from './start-article-workers.ts';
import { freshTagger } from '../extract/tag-text.ts';

/** Options for the comparison stages: alignment's, and what the wordings are judged against (the origin by default: `chooseBaseline`). */
export type AnalyzeOptions = AlignOptions & {
  readonly baseline?: Baseline;
  /** Threads to read a large bundle's articles on (mentions, tags for the comparison); the report is the same without. */
  readonly workers?: ArticleWorkers;
  /** Told between stages (after alignment, after the comparison): a caller may collect garbage there. */
  readonly onStage?: () => void;
};

/** Compare the articles of one bundle: claims, divergences, outlet-only material and origins. */
export async function analyzeArticles(articles: readonly Article[], options: AnalyzeOptions = {}): Promise<Report> {
  // (the tagger's vocabulary grows as it reads: each analysis reads with a fresh one, whatever the process read before)
  freshTagger();
  const mentions = await mentionsOnThreads(articles, options.workers);
  const aligning = alignClaims(articles, mentions, options);
  aligning.catch(() => {}); // (awaited below; a failure is not unhandled meanwhile)
  // while alignment waits on the encoder (asked within this turn of the event loop), this thread reads what needs no
  // claims: who the articles credit (shown, and read to tell whether the earliest version is the origin), which are
  // copies, and the tags of a bundle compared whole, which the comparison reads of every article
  await new Promise((resolve) => setImmediate(resolve));
  const origins = traceOrigins(articles, mentions);
  const copies = findCopies(articles);
  const whole = articles.length <= COMPARE_WHOLE ? new Map(articles.map((a) => [a.id, articleTags(a, mentions.get(a.id) ?? [])])) : null;
  const aligned = await aligning;
  options.onStage?.();
  // a larger bundle's tags: on the threads, while this thread does the stages that need none
  const reading = whole ? null : tagsOnThreads(articles, mentions, options.workers);
  reading?.catch(() => {}); // (awaited below; a failure is not unhandled meanwhile)
  // what no claim holds: each outlet's passages of its own, read against the source too
  const unique = findUnique(articles, aligned);
  // who likely copied whom
  const copyEdges = estimateCopying(articles, aligned);
  const chosen = chooseBaseline(articles, options.baseline ?? 'origin', { origins, copying: copyEdges, claims: aligned });
  const tags = whole ?? await reading;
  const { divergences, told, baseline } = compareAtScale(articles, mentions, aligned, { unique, baseline: chosen, ...(tags && { tags }) });
  options.onStage?.();
  const claims = claimBaselines(aligned.map((c) => (told.has(c.id) ? { ...c, told: told.get(c.id)! } : c)), articles, baseline);
  // a copy is shown as such: its version is not also "likely copied"
  const versionOf = new Map(copies.flatMap((g) => [[g.version, g.version], ...g.copies.map((c) => [c.article, g.version] as const)]));
  const sameVersion = (e: CopyEdge): boolean => versionOf.has(e.from) && versionOf.get(e.from) === versionOf.get(e.to);
  return {
    schema: REPORT_SCHEMA,
    articles,
    claims,
    divergences,
    unique,
    origins,
    copying: dropAbsentWirePairs(copyEdges, articles, origins).filter((e) => !sameVersion(e)),
    baseline: { ...baseline, why: baselineWhy(baseline) },
    copies,
  };
}
