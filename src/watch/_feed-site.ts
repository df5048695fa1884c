import type http from 'node:http';
import { startTestServer, type Route } from '../ingest/_test-server.ts';

/** One article page of the test site: its headline and paragraphs, served as HTML. */
export interface TestPage {
  title: string;
  paragraphs: string[];
}

/** A local site for watch tests: feeds and pages it serves on 127.0.0.1, changeable while it runs, and what it was asked. */
export interface FeedSite {
  readonly base: string;
  readonly pages: Map<string, TestPage>;
  /** Paths listed in the feed at /feed.xml, in order; its ETag changes whenever the list or a listed title does. */
  readonly listed: string[];
  /** Each request: its path and whether it was answered 304. */
  readonly requests: { path: string; status: number }[];
  /** Extra routes (failing feeds, robots.txt), by path. */
  readonly routes: Map<string, Route>;
  close(): Promise<void>;
}

/** An article page as a news site serves it: a headline, a byline, a date, the paragraphs, and some furniture. */
export function pageHtml(page: TestPage): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2026-11-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(page.title)}</h1><p class="byline">By Ana Ruiz</p>
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article><footer>© Harbour Gazette</footer></body></html>`;
}

function feedXml(site: FeedSite): string {
  const items = site.listed.map((path) => {
    const page = site.pages.get(path)!;
    return `<item><title>${page.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title><link>${site.base}${path}</link><guid>${site.base}${path}</guid><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate><description>${page.paragraphs[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${site.base}/</link>${items.join('')}</channel></rss>`;
}

/** Start the site; pages answer conditional GETs by their ETag (a hash of their words), as the feed does. */
export async function startFeedSite(): Promise<FeedSite> {
  const pages = new Map<string, TestPage>();
  const listed: string[] = [];
  const requests: { path: string; status: number }[] = [];
  const routes = new Map<string, Route>();
  const answer = (req: http.IncomingMessage, res: http.ServerResponse, type: string, body: string): void => {
    const etag = `"${hash(body)}"`;
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.headers['if-none-match'] === etag) {
      requests.push({ path, status: 304 });
      res.writeHead(304, { etag }).end();
      return;
    }
    requests.push({ path, status: 200 });
    res.writeHead(200, { 'content-type': type, etag }).end(body);
  };
  let site: FeedSite;
  const server = await startTestServer(new Proxy({}, {
    get: (_t, path: string): Route | undefined => {
      const extra = routes.get(path);
      if (extra) return (req, res) => { requests.push({ path, status: 0 }); extra(req, res); };
      if (path === '/feed.xml') return (req, res) => answer(req, res, 'application/rss+xml', feedXml(site));
      const page = pages.get(path);
      if (page) return (req, res) => answer(req, res, 'text/html; charset=utf-8', pageHtml(page));
      return undefined;
    },
  }) as Record<string, Route>);
  site = { base: server.base, pages, listed, requests, routes, close: server.close };
  return site;
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}
