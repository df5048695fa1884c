import { z } from '@hono/zod-openapi';

const KINDS = ['number', 'date', 'quantifier', 'attribution', 'hedge', 'quote', 'entity', 'detail_added', 'detail_dropped', 'meaning', 'framing'] as const;

/** Every API error: one shape, a stable code and a sentence. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'payload_too_large', 'busy', 'no_workers', 'unreadable', 'internal']),
    message: z.string(),
  }),
}).openapi('Error');

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

export const StoryQuerySchema = z.object({
  from: day.optional().openapi({ description: 'Stories with an article published on or after this day', example: '2026-03-01' }),
  to: day.optional().openapi({ description: 'Stories with an article published on or before this day' }),
  outlet: z.string().min(1).max(200).optional().openapi({ description: 'Stories an outlet carries (its name, any case)' }),
  kind: z.enum(KINDS).optional().openapi({ description: 'Stories whose latest analysis found a change of this kind' }),
  language: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as en or pt-BR').optional().openapi({ description: 'Stories with an article in this language' }),
  q: z.string().max(500).optional().openapi({ description: 'Full-text search in every version\'s title and text: words, "a phrase", -word, or' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const AnalysisSummarySchema = z.object({
  id: z.number().int(), versions: z.number().int(), claims: z.number().int(), findings: z.number().int(), analysedAt: z.string(), current: z.boolean(),
}).nullable();

export const StorySummarySchema = z.object({
  id: z.string().openapi({ description: 'The story\'s id: its first article\'s' }),
  title: z.string().nullable(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  latest: z.string(),
  outlets: z.array(z.string()),
  languages: z.array(z.string()),
  articles: z.number().int(),
  versions: z.number().int(),
  analysis: AnalysisSummarySchema,
  findings: z.record(z.string(), z.number().int()).openapi({ description: 'The latest analysis\'s findings by kind' }),
}).openapi('StorySummary');

export const StoriesSchema = z.object({
  total: z.number().int(), limit: z.number().int(), offset: z.number().int(), stories: z.array(StorySummarySchema),
}).openapi('Stories');

const ReportSchema = z.object({ schema: z.string() }).passthrough()
  .openapi('Report', { description: 'The report as `wiretrace analyze --json` prints it (schema/report.schema.json)' });

const TimelineEntrySchema = z.object({
  ref: z.string(), article: z.string(), version: z.number().int(), url: z.string().nullable(),
  finalUrl: z.string().nullable().openapi({ description: 'Where this version was fetched from after redirects, when not `url` (the address asked for, which the article is stored under)' }), outlet: z.string().nullable(),
  title: z.string().nullable(), language: z.string().nullable(), published: z.string().nullable(), fetchedAt: z.string(),
});

const CopyingSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), outlet: z.string().nullable(), title: z.string().nullable(), published: z.string().nullable() })),
  edges: z.array(z.object({ from: z.string(), to: z.string(), kind: z.enum(['likely copied', 'same', 'prefix', 'near']), score: z.number() })),
});

export const StoryDetailSchema = z.object({
  story: StorySummarySchema,
  analysis: z.object({ id: z.number().int(), analysedAt: z.string(), current: z.boolean(), latest: z.boolean() }).nullable(),
  report: ReportSchema.nullable(),
  timeline: z.array(TimelineEntrySchema),
  copying: CopyingSchema.nullable(),
  permalinks: z.object({ claims: z.record(z.string(), z.string()), findings: z.record(z.string(), z.string()) }),
}).openapi('StoryDetail');

export const StoryParamsSchema = z.object({
  story: z.string().min(1).max(100).openapi({ param: { name: 'story', in: 'path' }, example: '3f9a1c2b7d4e' }),
});

export const AnalysisQuerySchema = z.object({
  analysis: z.coerce.number().int().min(1).optional().openapi({ description: 'One analysis of the story (a permalink names it); the latest by default' }),
});

const WordingSchema = z.object({
  article: z.string(), outlet: z.string().nullable(), title: z.string().nullable(), start: z.number().int(), end: z.number().int(),
  text: z.string(), field: z.literal('title').optional(),
});

const FindingSchema = z.object({ id: z.string(), claim: z.string(), kind: z.enum(KINDS), severity: z.string(), message: z.string() }).passthrough();

export const ClaimDetailSchema = z.object({
  story: z.string(), analysis: z.number().int(), claim: z.object({ id: z.string(), text: z.string() }).passthrough(),
  wordings: z.array(WordingSchema), findings: z.array(FindingSchema), permalink: z.string(),
}).openapi('ClaimDetail');

export const FindingDetailSchema = z.object({
  story: z.string(), analysis: z.number().int(), finding: FindingSchema, wording: WordingSchema, versus: z.array(WordingSchema),
  claim: z.string(), permalink: z.string(),
}).openapi('FindingDetail');

export const OutletsSchema = z.object({ outlets: z.array(z.object({ outlet: z.string(), articles: z.number().int() })) }).openapi('Outlets');

export const OutletRecordSchema = z.object({
  outlet: z.string(), stories: z.number().int(), articles: z.number().int(), findings: z.record(z.string(), z.number().int()),
  wireRuns: z.number().int(), first: z.number().int(), late: z.number().int(), medianHoursLate: z.number().nullable(),
  perStory: z.array(z.object({
    story: z.string(), title: z.string().nullable(), published: z.string().nullable(), articles: z.number().int(),
    findings: z.record(z.string(), z.number().int()), wireCopy: z.enum(['same', 'prefix', 'near']).nullable(), isWire: z.boolean(),
    rank: z.number().int().nullable(), outlets: z.number().int(), hoursAfterFirst: z.number().nullable(), analysis: z.number().int().nullable(),
  })),
}).openapi('OutletRecord');

export const OutletParamsSchema = z.object({
  outlet: z.string().min(1).max(200).openapi({ param: { name: 'outlet', in: 'path' }, example: 'Coastline Daily' }),
});

const PastedSchema = z.object({
  text: z.string().max(2_000_000).optional(), html: z.string().max(5_000_000).optional(), title: z.string().max(2000).optional(),
  outlet: z.string().max(200).optional(), url: z.string().max(2000).optional(), published: z.string().max(100).optional(),
  language: z.string().max(35).optional(), byline: z.string().max(500).optional(),
}).openapi('PastedArticle');

export const AnalyzeBodySchema = z.object({
  articles: z.array(PastedSchema).max(50).default([]),
  urls: z.array(z.string().max(2000)).max(50).default([]).openapi({ description: 'http(s) URLs, fetched as `analyze` fetches them (loopback and private addresses refused unless the server allows them)' }),
  store: z.boolean().default(false).openapi({ description: 'Also store the articles (as `wiretrace add` does)' }),
}).openapi('AnalyzeRequest');

export const AnalyzeResultSchema = z.object({
  report: ReportSchema,
  problems: z.array(z.object({ input: z.string(), reason: z.string() })),
  stored: z.array(z.object({ kind: z.enum(['stored', 'unchanged', 'duplicate']), key: z.string() }).passthrough()).nullable(),
  queued: z.number().int().optional().openapi({ description: 'With workers (`serve --workers`): documents put on the job queue to be stored by `wiretrace worker`s (`stored` is then null)' }),
}).openapi('AnalyzeResult');

export const FeedSchema = z.object({
  id: z.number().int(), url: z.string(), intervalSeconds: z.number().int(), etag: z.string().nullable(), lastModified: z.string().nullable(),
  lastPoll: z.string().nullable().openapi({ description: 'When it was last polled (ISO 8601), null before its first poll' }),
  lastStatus: z.string().nullable().openapi({ description: '"200" or "304" after an answer; null after an error or before the first poll' }),
  lastError: z.string().nullable(), nextRun: z.string(), failures: z.number().int().openapi({ description: 'Errors in a row since its last answer' }),
  items: z.number().int().openapi({ description: 'Items it has listed' }),
}).openapi('Feed');

export const FeedsSchema = z.object({ feeds: z.array(FeedSchema) }).openapi('Feeds');

export const AddFeedBodySchema = z.object({
  url: z.string().min(1).max(2000).openapi({ description: 'An RSS or Atom feed\'s http(s) URL (or an OPML list\'s): fetched once to check it, under the server\'s URL rules', example: 'https://example.org/feed.xml' }),
  intervalSeconds: z.number().int().min(1).max(365 * 86_400).optional().openapi({ description: 'How often it is polled (default 900); a feed already watched keeps its own unless given' }),
}).openapi('AddFeed');

export const AddedFeedsSchema = z.object({
  feeds: z.array(FeedSchema), added: z.array(z.string()),
  queued: z.number().int().optional().openapi({ description: 'With workers (`serve --workers`): new feeds put on the job queue to be polled now' }),
}).openapi('AddedFeeds');

export const JobsSchema = z.object({
  queues: z.array(z.object({
    queue: z.string(), queued: z.number().int(), active: z.number().int(), failed: z.number().int(),
    doneLast10m: z.number().int().openapi({ description: 'Jobs done in the last ten minutes' }),
  })),
  stored: z.object({ last10m: z.number().int(), lastHour: z.number().int() }).openapi({ description: 'Versions stored in the last ten minutes and the last hour' }),
  failures: z.array(z.object({
    id: z.string(), queue: z.string(), error: z.string().openapi({ description: 'The error the job failed with' }),
    at: z.string().nullable().openapi({ description: 'When it failed (ISO 8601)' }),
  })).openapi({ description: 'The latest failed jobs (at most 50), latest first; each can be run again' }),
  slowest: z.array(z.object({ story: z.string(), title: z.string().nullable(), seconds: z.number(), versions: z.number().int().nullable() })),
  workers: z.boolean().openapi({ description: 'Whether this server puts work on the queue (`serve --workers`) and can retry jobs' }),
}).openapi('Jobs');

export const JobParamsSchema = z.object({
  job: z.string().uuid().openapi({ param: { name: 'job', in: 'path' }, example: '0b9e7b6e-8d2c-4c47-9a1e-2f0c3b5e4d21' }),
});

export const FeedParamsSchema = z.object({
  feed: z.coerce.number().int().min(1).openapi({ param: { name: 'feed', in: 'path' }, example: 1 }),
});

export const StoryStateSchema = z.object({
  story: z.string(),
  versions: z.number().int().openapi({ description: 'Versions stored in the story' }),
  analysis: z.number().int().nullable().openapi({ description: 'Its latest analysis, null before the first' }),
}).openapi('StoryState', { description: 'What a page polls to learn that a story changed; answered with an ETag, and 304 to a matching If-None-Match' });
