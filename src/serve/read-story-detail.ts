import { spannedText, type Claim, type Divergence, type Report, type Span } from '../model/index.ts';
import { findAnalysis, findStory, readTimeline, type TimelineEntry } from '../store/read-story.ts';
import { summarizeStored } from '../store/summarize-stored.ts';
import { ApiError } from './api-error.ts';
import { apiPath, paths } from './permalinks.ts';
import { summaryOf, type StorySummary } from './read-stories.ts';
import type { ServeContext } from './serve-context.ts';
import { copyingGraph, type CopyingGraph } from './story-graph.ts';

/** A story with its analysis: timeline, copying graph and permalinks (the report goes beside it: `storyDetailJson`). */
export interface StoryDetail {
  readonly story: StorySummary;
  /** The analysis shown (the latest unless one was asked for); `current`: it read every article's latest version. */
  readonly analysis: { readonly id: number; readonly analysedAt: string; readonly current: boolean; readonly latest: boolean } | null;
  readonly timeline: readonly TimelineEntry[];
  readonly copying: CopyingGraph | null;
  /** Each claim's and finding's permalink in the API (the web page's is the same without `/api`). */
  readonly permalinks: { readonly claims: Readonly<Record<string, string>>; readonly findings: Readonly<Record<string, string>> };
}

/**
 * A story's detail, its rebuilt report and the report's JSON (null when never analysed); an `ApiError` (404) when it is
 * not stored. `known`: the story's row id and latest analysis, when the caller has read them (its state), not read again.
 */
export async function readStoryDetail(ctx: ServeContext, key: string, analysisId?: number, known?: { readonly id: number; readonly latest: number | null }): Promise<{ detail: StoryDetail; report: Report | null; reportJson: string | null }> {
  const id = known?.id ?? await findStory(ctx.db.reader, key);
  if (id === null) throw new ApiError(404, 'not_found', `No story "${key}" is stored`);
  const [summaries, timeline, latest, rebuilt] = await Promise.all([
    summarizeStored(ctx.db.reader, [id]), readTimeline(ctx.db.reader, id), known ? known.latest : findAnalysis(ctx.db.reader, id),
    ctx.reports.report(id, analysisId, known?.latest),
  ]);
  if (analysisId !== undefined && rebuilt === null) throw new ApiError(404, 'not_found', `Story "${key}" has no analysis ${analysisId}`);
  const stored = summaries.get(id)!;
  const last = timeline.map((t) => t.published ?? t.fetchedAt).sort().at(-1) ?? '';
  const isLatest = rebuilt !== null && rebuilt.id === latest;
  const permalinks = (items: readonly { id: string }[], path: (story: string, item: string, analysis: number) => string): Record<string, string> =>
    Object.fromEntries(items.map((item) => [item.id, apiPath(path(key, item.id, rebuilt!.id))]));
  return {
    report: rebuilt?.report ?? null,
    reportJson: rebuilt?.json ?? null,
    detail: {
      story: summaryOf(stored, last),
      analysis: rebuilt && { id: rebuilt.id, analysedAt: rebuilt.analysedAt, current: isLatest && (stored.analysis?.current ?? false), latest: isLatest },
      timeline,
      copying: rebuilt ? copyingGraph(rebuilt.report) : null,
      permalinks: {
        claims: rebuilt ? permalinks(rebuilt.report.claims, paths.claim) : {},
        findings: rebuilt ? permalinks(rebuilt.report.divergences, paths.finding) : {},
      },
    },
  };
}

/**
 * The story API's answer: the detail with the report's JSON in place (`{story, analysis, report, timeline, copying,
 * permalinks}`), byte for byte `JSON.stringify` of them as one object, without writing the report again.
 */
export function storyDetailJson(detail: StoryDetail, reportJson: string | null): string {
  const { story, analysis, timeline, copying, permalinks } = detail;
  return `{"story":${JSON.stringify(story)},"analysis":${JSON.stringify(analysis)},"report":${reportJson ?? 'null'},`
    + `"timeline":${JSON.stringify(timeline)},"copying":${JSON.stringify(copying)},"permalinks":${JSON.stringify(permalinks)}}`;
}

/** A span's words, with the article's outlet and title. */
export interface Wording {
  readonly article: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Set when the words are in the article's title. */
  readonly field?: 'title';
}

/** One claim of a story's analysis: each outlet's wording and the findings on it. */
export interface ClaimDetail {
  readonly story: string;
  readonly analysis: number;
  readonly claim: Claim;
  readonly wordings: readonly Wording[];
  readonly findings: readonly Divergence[];
  readonly permalink: string;
}

/** One finding of a story's analysis: the words it is on, and the other outlets' words it was judged against. */
export interface FindingDetail {
  readonly story: string;
  readonly analysis: number;
  readonly finding: Divergence;
  readonly wording: Wording;
  readonly versus: readonly Wording[];
  readonly claim: string;
  readonly permalink: string;
}

/** A claim of a story (of the analysis asked for, else the latest), or an `ApiError` (404). */
export async function readClaim(ctx: ServeContext, key: string, claimId: string, analysisId?: number): Promise<ClaimDetail> {
  const { report, analysis } = await analysed(ctx, key, analysisId);
  const claim = report.claims.find((c) => c.id === claimId);
  if (!claim) throw new ApiError(404, 'not_found', `Story "${key}" has no claim "${claimId}" in analysis ${analysis}`);
  return {
    story: key, analysis, claim,
    wordings: claim.support.map((s) => wordingOf(report, s)),
    findings: report.divergences.filter((d) => d.claim === claim.id),
    permalink: apiPath(paths.claim(key, claim.id, analysis)),
  };
}

/** A finding of a story (of the analysis asked for, else the latest), or an `ApiError` (404). */
export async function readFinding(ctx: ServeContext, key: string, findingId: string, analysisId?: number): Promise<FindingDetail> {
  const { report, analysis } = await analysed(ctx, key, analysisId);
  const finding = report.divergences.find((d) => d.id === findingId);
  if (!finding) throw new ApiError(404, 'not_found', `Story "${key}" has no finding "${findingId}" in analysis ${analysis}`);
  return {
    story: key, analysis, finding,
    wording: wordingOf(report, finding),
    versus: finding.versus.map((s) => wordingOf(report, s)),
    claim: finding.claim,
    permalink: apiPath(paths.finding(key, finding.id, analysis)),
  };
}

async function analysed(ctx: ServeContext, key: string, analysisId?: number): Promise<{ report: Report; analysis: number }> {
  const id = await findStory(ctx.db.reader, key);
  if (id === null) throw new ApiError(404, 'not_found', `No story "${key}" is stored`);
  const rebuilt = await ctx.reports.report(id, analysisId);
  if (!rebuilt) throw new ApiError(404, 'not_found', analysisId === undefined ? `Story "${key}" has not been analysed` : `Story "${key}" has no analysis ${analysisId}`);
  return { report: rebuilt.report, analysis: rebuilt.id };
}

function wordingOf(report: Report, span: Span): Wording {
  const article = report.articles.find((a) => a.id === span.article);
  return {
    article: span.article, outlet: article?.outlet ?? null, title: article?.title ?? null, start: span.start, end: span.end,
    text: article ? spannedText(article, span).slice(span.start, span.end) : span.text,
    ...(span.field && { field: span.field }),
  };
}
