import { Hono, type Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { formatHtml } from '../report/format-html.ts';
import { listOutlets, readOutlet } from '../store/read-outlet.ts';
import { findStory, readTimeline } from '../store/read-story.ts';
import { ApiError } from '../serve/api-error.ts';
import { StoryQuerySchema } from '../serve/api-schemas.ts';
import { analyzePasted } from '../serve/analyze-pasted.ts';
import { outletRecord } from '../serve/outlet-record.ts';
import { readPasted } from '../serve/read-pasted.ts';
import { readClaim, readFinding, readStoryDetail } from '../serve/read-story-detail.ts';
import { readStories } from '../serve/read-stories.ts';
import type { ServeContext } from '../serve/serve-context.ts';
import { jobsOf, queuePolls, retryJob, storeOrQueue } from '../serve/serve-jobs.ts';
import type { StoryFilter } from '../store/search-stories.ts';
import { outletFindingsChart, outletKindsChart, timelineChart } from './charts.ts';
import { claimPage, findingPage } from './claim-page.ts';
import type { Html } from './html.ts';
import { outletPage, outletsPage } from './outlet-page.ts';
import { parsePasted, pastePage } from './paste-page.ts';
import { storiesPage, type StoriesForm } from './stories-page.ts';
import { storyPage } from './story-page.ts';
import { WEB_STYLE } from './web-style.ts';
import { LIVE_SCRIPT } from './live-script.ts';
import { watchPage, type WatchForm } from './watch-page.ts';
import { listFeeds } from '../store/feed-list.ts';
import { addWatchedFeed, removeWatchedFeed } from '../serve/watch-feeds.ts';
import { parseInterval } from '../watch/parse-interval.ts';

// A chart is an image: it may style itself inline, and nothing else.
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'";
// The HTML report carries its own policy (scripts and style by hash, in a meta element); the header adds who may frame it.
const REPORT_FRAMED_CSP = "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const analysisParam = z.coerce.number().int().min(1).optional();

/** The web app: server-rendered pages over the same reads as the API, every article-derived string escaped. */
export function webRoutes(ctx: ServeContext): Hono {
  const web = new Hono();
  const send = (c: Context, markup: Html, status: 200 | 400 | 404 | 422 = 200): Response => c.html(markup.text, status);
  const svg = (c: Context, body: string): Response => c.body(body, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-security-policy': SVG_CSP });
  const analysisOf = (c: Context): number | undefined => {
    const parsed = analysisParam.safeParse(c.req.query('analysis'));
    if (!parsed.success) throw new ApiError(400, 'bad_request', '"analysis" must be a whole number');
    return parsed.data;
  };

  web.get('/static/web.css', (c) => c.body(WEB_STYLE, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }));

  web.get('/static/live.js', (c) => c.body(LIVE_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' }));

  // browsers ask for it unbidden: no icon, and no error
  web.get('/favicon.ico', (c) => c.body(null, 204));

  web.get('/', async (c) => {
    const raw = c.req.query();
    const form: StoriesForm = Object.fromEntries(['q', 'from', 'to', 'outlet', 'kind', 'language'].map((k) => [k, raw[k]]).filter(([, v]) => v !== undefined));
    const parsed = StoryQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return send(c, storiesPage(form, { problem: `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}` }), 400);
    }
    const filter = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as unknown as StoryFilter;
    const result = await readStories(ctx.db.reader, ctx.summaries, filter);
    return send(c, storiesPage(form, { ...result, limit: filter.limit, offset: filter.offset }));
  });

  web.get('/stories/:story', async (c) => {
    const { detail, report } = await readStoryDetail(ctx, c.req.param('story'), analysisOf(c));
    return send(c, storyPage(detail, report));
  });

  web.get('/stories/:story/report', async (c) => {
    const { report } = await readStoryDetail(ctx, c.req.param('story'), analysisOf(c));
    if (!report) throw new ApiError(404, 'not_found', `Story "${c.req.param('story')}" has not been analysed`);
    return c.body(formatHtml(report), 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': REPORT_FRAMED_CSP });
  });

  web.get('/stories/:story/timeline.svg', async (c) => {
    const id = await findStory(ctx.db.reader, c.req.param('story'));
    if (id === null) throw new ApiError(404, 'not_found', `No story "${c.req.param('story')}" is stored`);
    return svg(c, timelineChart(await readTimeline(ctx.db.reader, id)));
  });

  web.get('/stories/:story/claims/:claim', async (c) => send(c, claimPage(await readClaim(ctx, c.req.param('story'), c.req.param('claim'), analysisOf(c)))));
  web.get('/stories/:story/findings/:finding', async (c) => send(c, findingPage(await readFinding(ctx, c.req.param('story'), c.req.param('finding'), analysisOf(c)))));

  web.get('/outlets', async (c) => send(c, outletsPage(await listOutlets(ctx.db.reader))));
  const record = async (outlet: string): Promise<ReturnType<typeof outletRecord>> => {
    const stories = await readOutlet(ctx.db.reader, outlet);
    if (stories.length === 0) throw new ApiError(404, 'not_found', `No stored article is from the outlet "${outlet}"`);
    return outletRecord(outlet, stories);
  };
  web.get('/outlets/:outlet', async (c) => send(c, outletPage(await record(c.req.param('outlet')))));
  web.get('/outlets/:outlet/kinds.svg', async (c) => svg(c, outletKindsChart(await record(c.req.param('outlet')))));
  web.get('/outlets/:outlet/findings.svg', async (c) => svg(c, outletFindingsChart(await record(c.req.param('outlet')))));

  web.get('/analyze', (c) => send(c, pastePage()));
  web.post('/analyze', async (c) => {
    const form = await c.req.parseBody();
    const texts = typeof form.texts === 'string' ? form.texts : '';
    const urls = typeof form.urls === 'string' ? form.urls : '';
    const items = parsePasted(texts);
    const links = urls.split('\n').map((u) => u.trim()).filter(Boolean);
    if (items.length + links.length === 0) return send(c, pastePage({ texts, urls, problem: 'Paste an article or give a URL.' }), 400);
    if (items.length + links.length > 50) return send(c, pastePage({ texts, urls, problem: 'At most 50 articles and URLs at once.' }), 400);
    const { documents, problems } = await readPasted(items, links, ctx.urls);
    let analysis;
    try {
      analysis = await analyzePasted(documents, problems);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) return send(c, pastePage({ texts, urls, problem: error.message }), 422);
      throw error;
    }
    if (form.store === '1') await storeOrQueue(ctx, documents);
    return c.body(formatHtml(analysis.report), 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "frame-ancestors 'none'; base-uri 'none'; form-action 'none'" });
  });

  const watchList = async (form?: WatchForm): Promise<Html> => watchPage(await listFeeds(ctx.db.reader), form, await jobsOf(ctx), ctx.queue !== undefined);
  web.get('/watch', async (c) => send(c, await watchList()));
  // a feed added or removed: back to the list (a reload does not post again)
  web.post('/watch', async (c) => {
    const form = await c.req.parseBody();
    const url = typeof form.url === 'string' ? form.url.trim() : '';
    const interval = typeof form.interval === 'string' ? form.interval.trim() : '';
    const refuse = async (problem: string, status: 400 | 422): Promise<Response> => send(c, await watchList({ url, interval, problem }), status);
    const seconds = interval === '' ? undefined : parseInterval(interval);
    if (seconds === null) return refuse(`"${interval}" is not an interval (write it as 90s, 15m, 1h or 1d).`, 400);
    try {
      const { feeds, added } = await addWatchedFeed(ctx.db, url, seconds, ctx.urls);
      await queuePolls(ctx, feeds.filter((f) => added.includes(f.url)));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 422)) return refuse(error.message, error.status);
      throw error;
    }
    return c.redirect('/watch', 303);
  });
  web.post('/watch/remove', async (c) => {
    const form = await c.req.parseBody();
    const id = z.coerce.number().int().min(1).safeParse(form.feed);
    if (!id.success) throw new ApiError(400, 'bad_request', 'Which feed to remove is not given');
    await removeWatchedFeed(ctx.db, id.data);
    return c.redirect('/watch', 303);
  });
  // a failed job run again: back to the list
  web.post('/watch/jobs/retry', async (c) => {
    const form = await c.req.parseBody();
    const id = z.string().uuid().safeParse(form.job);
    if (!id.success) throw new ApiError(400, 'bad_request', 'Which job to run again is not given');
    await retryJob(ctx, id.data);
    return c.redirect('/watch#jobs', 303);
  });

  return web;
}
