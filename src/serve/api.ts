import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { listOutlets, readOutlet } from '../store/read-outlet.ts';
import { ApiError } from './api-error.ts';
import {
  AddedFeedsSchema, AddFeedBodySchema, AnalysisQuerySchema, JobParamsSchema, JobsSchema, AnalyzeBodySchema, FeedParamsSchema, FeedSchema, FeedsSchema, AnalyzeResultSchema, ClaimDetailSchema, ErrorSchema, FindingDetailSchema, OutletParamsSchema,
  OutletRecordSchema, OutletsSchema, StoriesSchema, StoryDetailSchema, StoryParamsSchema, StoryQuerySchema, StoryStateSchema,
} from './api-schemas.ts';
import { analyzePasted } from './analyze-pasted.ts';
import { outletRecord } from './outlet-record.ts';
import { readPasted } from './read-pasted.ts';
import { readClaim, readFinding, readStoryDetail, storyDetailJson } from './read-story-detail.ts';
import { readStories } from './read-stories.ts';
import { answerKept, holdsTag } from './response-cache.ts';
import type { StoryFilter } from '../store/search-stories.ts';
import type { ServeContext } from './serve-context.ts';
import { jobsOf, queuePolls, retryJob, storeOrQueue } from './serve-jobs.ts';
import { formatJson } from '../report/format-json.ts';
import { listFeeds } from '../store/feed-list.ts';
import { readStoryState, storyStateTag } from '../store/story-state.ts';
import { addWatchedFeed, removeWatchedFeed } from './watch-feeds.ts';

const json = <S extends z.ZodType>(schema: S, description: string) => ({ content: { 'application/json': { schema } }, description });
// The handlers' data is the schemas' (read-only arrays, model types): told to the router's types as such.
const as = <S extends z.ZodType>(_schema: S, value: unknown): z.infer<S> => value as z.infer<S>;
const errors = {
  400: json(ErrorSchema, 'The request is malformed: `bad_request`'),
  401: json(ErrorSchema, 'A token is needed: `unauthorized`'),
  404: json(ErrorSchema, 'Nothing stored there: `not_found`'),
  500: json(ErrorSchema, 'A bug: `internal`'),
} as const;

const storyClaimParams = StoryParamsSchema.extend({ claim: StoryParamsSchema.shape.story.openapi({ param: { name: 'claim', in: 'path' }, example: 'c1a2b3c4d5e6' }) });
const storyFindingParams = StoryParamsSchema.extend({ finding: StoryParamsSchema.shape.story.openapi({ param: { name: 'finding', in: 'path' }, example: 'd1a2b3c4d5e6' }) });

export const routes = {
  stories: createRoute({
    method: 'get', path: '/stories', tags: ['stories'], summary: 'Stored stories, latest first, filtered and searched',
    request: { query: StoryQuerySchema }, responses: { 200: json(StoriesSchema, 'One page of stories'), ...errors },
  }),
  story: createRoute({
    method: 'get', path: '/stories/{story}', tags: ['stories'], summary: 'One story: its report, timeline, copying graph and permalinks',
    request: { params: StoryParamsSchema, query: AnalysisQuerySchema }, responses: { 200: json(StoryDetailSchema, 'The story'), ...errors },
  }),
  storyState: createRoute({
    method: 'get', path: '/stories/{story}/state', tags: ['stories'], summary: 'A story\'s state (versions, latest analysis), for a page that follows it live',
    request: { params: StoryParamsSchema },
    responses: {
      200: { ...json(StoryStateSchema, 'The state, its ETag in the header'), headers: { ETag: { schema: { type: 'string' }, description: 'Changes when a version or an analysis is added to the story' } } },
      304: { description: 'Unchanged since the ETag sent in If-None-Match' },
      ...errors,
    },
  }),
  claim: createRoute({
    method: 'get', path: '/stories/{story}/claims/{claim}', tags: ['stories'], summary: 'A claim\'s permalink: each outlet\'s wording and its findings',
    request: { params: storyClaimParams, query: AnalysisQuerySchema }, responses: { 200: json(ClaimDetailSchema, 'The claim'), ...errors },
  }),
  finding: createRoute({
    method: 'get', path: '/stories/{story}/findings/{finding}', tags: ['stories'], summary: 'A finding\'s permalink: its words and what it was judged against',
    request: { params: storyFindingParams, query: AnalysisQuerySchema }, responses: { 200: json(FindingDetailSchema, 'The finding'), ...errors },
  }),
  outlets: createRoute({
    method: 'get', path: '/outlets', tags: ['outlets'], summary: 'Every outlet in the store, most articles first',
    responses: { 200: json(OutletsSchema, 'The outlets'), ...errors },
  }),
  outlet: createRoute({
    method: 'get', path: '/outlets/{outlet}', tags: ['outlets'], summary: 'An outlet\'s record over every story it carries',
    request: { params: OutletParamsSchema }, responses: { 200: json(OutletRecordSchema, 'The record'), ...errors },
  }),
  analyze: createRoute({
    method: 'post', path: '/analyze', tags: ['analyze'], summary: 'Analyse pasted articles and URLs (stored only when asked)',
    request: { body: { content: { 'application/json': { schema: AnalyzeBodySchema } }, required: true } },
    responses: {
      200: json(AnalyzeResultSchema, 'The report'), ...errors,
      409: json(ErrorSchema, 'Another process is writing to the store: `busy`'),
      413: json(ErrorSchema, 'The body is over the limit: `payload_too_large`'),
      422: json(ErrorSchema, 'No article could be read: `unreadable`'),
    },
  }),
  feeds: createRoute({
    method: 'get', path: '/feeds', tags: ['watch'], summary: 'The watch list: each feed, its last poll, its errors and its next run',
    responses: { 200: json(FeedsSchema, 'The feeds, in the order they were added'), ...errors },
  }),
  addFeed: createRoute({
    method: 'post', path: '/feeds', tags: ['watch'], summary: 'Add a feed (or an OPML list\'s feeds) to the watch list; `wiretrace watch` polls it',
    request: { body: { content: { 'application/json': { schema: AddFeedBodySchema } }, required: true } },
    responses: {
      200: json(AddedFeedsSchema, 'The feeds it names as stored, and those that were new'), ...errors,
      403: json(ErrorSchema, 'Posted from another site: `forbidden`'),
      422: json(ErrorSchema, 'Not an RSS or Atom feed nor an OPML list, or it cannot be fetched: `unreadable`'),
    },
  }),
  jobs: createRoute({
    method: 'get', path: '/jobs', tags: ['watch'], summary: 'The job queue `wiretrace worker`s take work from: depth per queue, throughput, failed jobs with their errors',
    responses: { 200: json(JobsSchema, 'The queue'), ...errors },
  }),
  retryJob: createRoute({
    method: 'post', path: '/jobs/{job}/retry', tags: ['watch'], summary: 'Run a failed job again (needs `serve --workers`)',
    request: { params: JobParamsSchema },
    responses: {
      200: json(JobParamsSchema, 'The job, back on its queue'), ...errors,
      403: json(ErrorSchema, 'Posted from another site: `forbidden`'),
      409: json(ErrorSchema, 'The server was started without workers: `no_workers`'),
    },
  }),
  removeFeed: createRoute({
    method: 'delete', path: '/feeds/{feed}', tags: ['watch'], summary: 'Take a feed off the watch list (its articles stay stored)',
    request: { params: FeedParamsSchema },
    responses: { 200: json(FeedSchema.pick({ id: true, url: true }), 'The feed removed'), ...errors },
  }),
} as const;

/** The HTTP API (mounted under `/api`): every route validated and described in the OpenAPI document. */
export function apiRoutes(ctx: ServeContext): OpenAPIHono {
  const api = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
        throw new ApiError(400, 'bad_request', `${where}${issue?.message ?? 'invalid request'}`);
      }
    },
  });

  api.openapi(routes.stories, async (c) => {
    const query = c.req.valid('query');
    const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as unknown as StoryFilter;
    const { total, stories } = await readStories(ctx.db.reader, ctx.summaries, filter);
    return c.json(as(StoriesSchema, { total, limit: query.limit, offset: query.offset, stories }), 200);
  });

  // A story's answer is a function of its rows, which are only ever added: kept serialised by the story's state (its
  // versions and latest analysis), so asking again costs one small query whatever else the store gained meanwhile; kept
  // as bytes, written as they are.
  const details = new Map<string, Uint8Array<ArrayBuffer>>();
  api.openapi(routes.story, async (c) => {
    const { story } = c.req.valid('param');
    const { analysis } = c.req.valid('query');
    const found = await readStoryState(ctx.db.reader, story);
    if (found === null) throw new ApiError(404, 'not_found', `No story "${story}" is stored`);
    const { id, state } = found;
    const key = `${id} ${analysis ?? ''} ${storyStateTag(state)}`;
    // a client holding this answer is told it is still good
    const tag = `"${story}.${analysis ?? 'latest'}.${state.versions}.${state.analysis ?? 0}"`;
    c.header('etag', tag);
    if (holdsTag(c.req.header('if-none-match'), tag)) return c.body(null, 304) as unknown as ReturnType<typeof c.json<z.infer<typeof StoryDetailSchema>, 200>>;
    let body = details.get(key);
    if (body === undefined) {
      const { detail, reportJson } = await readStoryDetail(ctx, story, analysis, { id, latest: state.analysis });
      body = new TextEncoder().encode(storyDetailJson(detail, reportJson));
      details.set(key, body);
      while (details.size > 64) details.delete(details.keys().next().value!);
    } else {
      details.delete(key);
      details.set(key, body);
    }
    return answerKept(c, body, 'application/json') as unknown as ReturnType<typeof c.json<z.infer<typeof StoryDetailSchema>, 200>>;
  });

  api.openapi(routes.storyState, async (c) => {
    const { story } = c.req.valid('param');
    const found = await readStoryState(ctx.db.reader, story);
    if (found === null) throw new ApiError(404, 'not_found', `No story "${story}" is stored`);
    const { state } = found;
    const tag = storyStateTag(state);
    c.header('etag', tag);
    c.header('cache-control', 'no-cache');
    if (holdsTag(c.req.header('if-none-match'), tag)) return c.body(null, 304);
    return c.json({ story, ...state }, 200);
  });

  api.openapi(routes.claim, async (c) => {
    const { story, claim } = c.req.valid('param');
    return c.json(as(ClaimDetailSchema, await readClaim(ctx, story, claim, c.req.valid('query').analysis)), 200);
  });

  api.openapi(routes.finding, async (c) => {
    const { story, finding } = c.req.valid('param');
    return c.json(as(FindingDetailSchema, await readFinding(ctx, story, finding, c.req.valid('query').analysis)), 200);
  });

  api.openapi(routes.outlets, async (c) => c.json(as(OutletsSchema, { outlets: await listOutlets(ctx.db.reader) }), 200));

  api.openapi(routes.outlet, async (c) => {
    const { outlet } = c.req.valid('param');
    const stories = await readOutlet(ctx.db.reader, outlet);
    if (stories.length === 0) throw new ApiError(404, 'not_found', `No stored article is from the outlet "${outlet}"`);
    return c.json(as(OutletRecordSchema, outletRecord(outlet, stories)), 200);
  });

  api.openapi(routes.analyze, async (c) => {
    const body = c.req.valid('json');
    if (body.articles.length + body.urls.length === 0) throw new ApiError(400, 'bad_request', 'Give at least one article or URL');
    const { documents, problems } = await readPasted(body.articles, body.urls, ctx.urls);
    const { report, problems: all } = await analyzePasted(documents, problems);
    const kept = body.store ? await storeOrQueue(ctx, documents) : { stored: null };
    return c.json(as(AnalyzeResultSchema, { report: JSON.parse(formatJson(report)), problems: all, ...kept }), 200);
  });

  api.openapi(routes.feeds, async (c) => c.json(as(FeedsSchema, { feeds: await listFeeds(ctx.db.reader) }), 200));

  api.openapi(routes.addFeed, async (c) => {
    const { url, intervalSeconds } = c.req.valid('json');
    const { feeds, added } = await addWatchedFeed(ctx.db, url, intervalSeconds, ctx.urls);
    const queued = await queuePolls(ctx, feeds.filter((f) => added.includes(f.url)));
    return c.json(as(AddedFeedsSchema, { feeds, added, ...(ctx.queue && { queued }) }), 200);
  });

  api.openapi(routes.jobs, async (c) => {
    const jobs = await jobsOf(ctx);
    if (jobs === null) throw new ApiError(404, 'not_found', 'This store has no job queue (the embedded store never has; a PostgreSQL store has one once a worker or --workers opened it)');
    return c.json(as(JobsSchema, { ...jobs, workers: ctx.queue !== undefined }), 200);
  });

  api.openapi(routes.retryJob, async (c) => {
    const { job } = c.req.valid('param');
    await retryJob(ctx, job);
    return c.json({ job }, 200);
  });

  api.openapi(routes.removeFeed, async (c) => {
    const { feed } = c.req.valid('param');
    return c.json({ id: feed, url: await removeWatchedFeed(ctx.db, feed) }, 200);
  });

  return api;
}
